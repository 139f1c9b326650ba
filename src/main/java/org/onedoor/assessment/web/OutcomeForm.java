package org.onedoor.assessment.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;
import org.onedoor.shared.TypedDate;

/**
 * An instrument form as posted: the record's own fields ({@code stage}, {@code doneOn.day} …, {@code episodeId},
 * {@code action}) and the answers, named by item ({@code item9}, {@code opiates.week2}). Reads them into a
 * {@link NewOutcome}, collecting the form's own problems (a date that is no real date, an episode id that is no id).
 */
final class OutcomeForm {

    static final Set<String> OWN =
            Set.of("stage", "doneOn.day", "doneOn.month", "doneOn.year", "episodeId", "action", "version", "_csrf");

    final Map<String, String> typed;
    final Map<String, String> problems = new LinkedHashMap<>();
    private @Nullable UUID episodeId;
    private @Nullable LocalDate doneOn;

    OutcomeForm(Map<String, String> typed) {
        this.typed = typed;
    }

    boolean draft() {
        return "draft".equals(typed.get("action"));
    }

    NewOutcome read(String instrument, @Nullable Integer version) {
        List<FieldProblem> found = new java.util.ArrayList<>();
        doneOn = TypedDate.read(
                new TypedDate(typed.get("doneOn.day"), typed.get("doneOn.month"), typed.get("doneOn.year")),
                "doneOn",
                "The date it was done",
                "27 3 2026",
                found);
        found.forEach(p -> problems.put(p.field(), p.message()));
        String episode = typed.get("episodeId");
        if (episode != null && !episode.isBlank()) {
            try {
                episodeId = UUID.fromString(episode.strip());
            } catch (IllegalArgumentException notAnId) {
                problems.put("episodeId", Messages.text("assessment.episodeId.unknown"));
            }
        }
        Map<String, String> answers = new HashMap<>();
        typed.forEach((key, value) -> {
            if (!OWN.contains(key)) {
                answers.put(key, value);
            }
        });
        return new NewOutcome(instrument, version, typed.get("stage"), doneOn, episodeId, answers, draft());
    }

    /** The service's problems beside the form's, the form's own kept where both name a field. */
    void add(List<FieldProblem> refused) {
        refused.forEach(p -> {
            if (!(p.field().equals("doneOn") && problems.containsKey("doneOn"))) {
                problems.putIfAbsent(p.field().equals("version") ? "" : p.field(), p.message());
            }
        });
    }

    /** The typed values of a stored record, to show a draft again. */
    static Map<String, String> of(
            Map<String, String> answers, @Nullable String stage, @Nullable LocalDate doneOn, @Nullable UUID episodeId) {
        Map<String, String> typed = new HashMap<>(answers);
        if (stage != null) {
            typed.put("stage", stage);
        }
        TypedDate date = TypedDate.of(doneOn);
        typed.put("doneOn.day", date.day());
        typed.put("doneOn.month", date.month());
        typed.put("doneOn.year", date.year());
        if (episodeId != null) {
            typed.put("episodeId", episodeId.toString());
        }
        return typed;
    }
}
