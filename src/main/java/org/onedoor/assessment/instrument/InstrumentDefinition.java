package org.onedoor.assessment.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of an instrument, as its definition file says. A record stores the instrument's id and version with
 * its raw answers and scores, so a later version never changes what an earlier record says.
 *
 * @param stages the stages a record of it may be made at; empty when it has none
 * @param licence one line on whose terms the content is used (docs/instruments.md says more)
 */
public record InstrumentDefinition(
        String id,
        int version,
        String title,
        String shortTitle,
        @Nullable String introduction,
        String licence,
        List<OutcomeStage> stages,
        List<Item> items,
        List<ScoreRule> scores,
        List<RiskRule> risks) {

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The items under each section heading, in the order they are asked. */
    public Map<String, List<Item>> sections() {
        Map<String, List<Item>> sections = new LinkedHashMap<>();
        for (Item item : items) {
            sections.computeIfAbsent(item.section() == null ? "" : item.section(), s -> new java.util.ArrayList<>())
                    .add(item);
        }
        return sections;
    }

    public boolean hasStages() {
        return !stages.isEmpty();
    }

    /** "PHQ-9 (version 1)". */
    public String name() {
        return shortTitle + " (version " + version + ")";
    }
}
