package org.onedoor.indicators;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The change between an outcome start and review that an outcome indicator counts, by the indicator's id: the column
 * of {@code report_outcome} compared, the instruments that record it, who had the problem at the start (the
 * denominator) and what counts as resolved or improved at the review (the numerator). The thresholds are those of
 * the cohort outcomes page's defaults (docs/outcomes.md): PHQ-9 from 10 at the start and a fall of 6 or more, GAD-7
 * from 8 and a fall of 4 or more.
 */
enum OutcomeChange {
    OUTCOME_ABSTINENCE("main_days", List.of("top", "aor"), "s.v > 0", "r.v = 0"),
    OUTCOME_REDUCTION("main_days", List.of("top", "aor"), "s.v > 0", "r.v < s.v"),
    OUTCOME_STOPPED_INJECTING("injecting_days", List.of("top", "aor"), "s.v > 0", "r.v = 0"),
    OUTCOME_HOUSING_RESOLVED("acute_housing", List.of("top", "aor"), "s.v = 'Y'", "r.v = 'N'"),
    OUTCOME_PAID_WORK("paid_work_days", List.of("top", "aor"), "s.v = 0", "r.v > 0"),
    PARITY_PHQ9_IMPROVEMENT("phq9_total", List.of("phq9"), "s.v >= 10", "s.v - r.v >= 6"),
    PARITY_GAD7_IMPROVEMENT("gad7_total", List.of("gad7"), "s.v >= 8", "s.v - r.v >= 4");

    private final String column;
    private final List<String> instruments;
    private final String hadProblem;
    private final String met;

    OutcomeChange(String column, List<String> instruments, String hadProblem, String met) {
        this.column = column;
        this.instruments = instruments;
        this.hadProblem = hadProblem;
        this.met = met;
    }

    static Optional<OutcomeChange> of(String id) {
        try {
            return Optional.of(valueOf(id.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    String column() {
        return column;
    }

    List<String> instruments() {
        return instruments;
    }

    /** On the start record's value {@code s.v}. */
    String hadProblem() {
        return hadProblem;
    }

    /** On {@code r.v} at the review against {@code s.v}. */
    String met() {
        return met;
    }
}
