package org.onedoor.demo;

import java.util.ArrayList;
import java.util.List;
import org.onedoor.assessment.OutcomeImport;
import org.springframework.stereotype.Component;

/**
 * Outcome records for the demo episodes (TOP/AOR, PHQ-9, GAD-7, holistic), after the treatment step has told
 * assessment the episodes: a chunk of episodes at a time through assessment's bulk import, so the trajectory charts
 * and the outcome schedule have something to show at first start.
 */
@Component
class OutcomesStep implements DemoStep {

    private static final int CHUNK = 500;

    private final OutcomeImport outcomes;

    OutcomesStep(OutcomeImport outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public String name() {
        return "Outcome records";
    }

    @Override
    public long size(DemoSettings settings) {
        return settings.clients() * 2L / 3;
    }

    @Override
    public void run(DemoContext context, Progress progress) {
        DemoOutcomes demo = new DemoOutcomes(context);
        List<DemoContext.DemoEpisode> episodes = context.episodes;
        for (int from = 0; from < episodes.size(); from += CHUNK) {
            List<DemoContext.DemoEpisode> chunk = episodes.subList(from, Math.min(episodes.size(), from + CHUNK));
            List<OutcomeImport.ImportedOutcome> made = new ArrayList<>();
            chunk.forEach(e -> made.addAll(demo.of(e)));
            outcomes.importOutcomes(made);
            progress.advance(chunk.size());
        }
    }
}
