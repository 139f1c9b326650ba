package org.onedoor.assessment.cohort;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cohort outcome measures between a start record and its 6-month review (issue 16 item 3; domain reference 6).
 * Each has a problem at the start, which puts the client in its denominator, and a result at the review, which puts
 * them in its numerator. {@link #hadProblem} and {@link #met} are the definitions; {@link #problemSql} and
 * {@link #metSql} are the same definitions for the set-based count over {@code s_<column>} and {@code r_<column>}.
 * Acute housing problem is Y = 1, N = 0 (NA is neither).
 */
public enum OutcomeMeasure {
    ABSTINENCE("Abstinent from the main problem substance", "main_days", List.of("top", "aor")),
    REDUCED_USE("Fewer days using the main problem substance", "main_days", List.of("top", "aor")),
    STOPPED_INJECTING("Stopped injecting", "injecting_days", List.of("top", "aor")),
    HOUSING_RESOLVED("Acute housing problem resolved", "housing", List.of("top", "aor")),
    IN_PAID_WORK("In paid work", "paid_work_days", List.of("top", "aor")),
    PHQ9_RELIABLE_IMPROVEMENT("Reliable improvement on PHQ-9", "phq9_total", List.of("phq9")),
    GAD7_RELIABLE_IMPROVEMENT("Reliable improvement on GAD-7", "gad7_total", List.of("gad7"));

    private final String label;
    private final String column;
    private final List<String> instruments;

    OutcomeMeasure(String label, String column, List<String> instruments) {
        this.label = label;
        this.column = column;
        this.instruments = instruments;
    }

    public String label() {
        return label;
    }

    /** The instruments whose start and review records this measure compares. */
    public List<String> instruments() {
        return instruments;
    }

    String column() {
        return column;
    }

    /** Whether the start value puts the client in this measure's denominator. */
    public boolean hadProblem(@Nullable BigDecimal start, CohortSettings settings) {
        if (start == null) {
            return false;
        }
        return switch (this) {
            case ABSTINENCE, REDUCED_USE, STOPPED_INJECTING -> start.signum() > 0;
            case HOUSING_RESOLVED -> start.compareTo(BigDecimal.ONE) == 0;
            case IN_PAID_WORK -> start.signum() == 0;
            case PHQ9_RELIABLE_IMPROVEMENT -> start.compareTo(BigDecimal.valueOf(settings.phq9Start())) >= 0;
            case GAD7_RELIABLE_IMPROVEMENT -> start.compareTo(BigDecimal.valueOf(settings.gad7Start())) >= 0;
        };
    }

    /** Whether a client who had the problem at the start has met the measure at the review. */
    public boolean met(@Nullable BigDecimal start, @Nullable BigDecimal review, CohortSettings settings) {
        if (!hadProblem(start, settings) || start == null || review == null) {
            return false;
        }
        return switch (this) {
            case ABSTINENCE, STOPPED_INJECTING, HOUSING_RESOLVED -> review.signum() == 0;
            case REDUCED_USE -> review.compareTo(start) < 0;
            case IN_PAID_WORK -> review.signum() > 0;
            case PHQ9_RELIABLE_IMPROVEMENT ->
                start.subtract(review).compareTo(BigDecimal.valueOf(settings.phq9Fall())) >= 0;
            case GAD7_RELIABLE_IMPROVEMENT ->
                start.subtract(review).compareTo(BigDecimal.valueOf(settings.gad7Fall())) >= 0;
        };
    }

    /** {@link #hadProblem} over the pair's {@code s_} column; thresholds are whole numbers from the settings. */
    String problemSql(CohortSettings settings) {
        String s = "s_" + column;
        return switch (this) {
            case ABSTINENCE, REDUCED_USE, STOPPED_INJECTING -> s + " > 0";
            case HOUSING_RESOLVED -> s + " = 1";
            case IN_PAID_WORK -> s + " = 0";
            case PHQ9_RELIABLE_IMPROVEMENT -> s + " >= " + settings.phq9Start();
            case GAD7_RELIABLE_IMPROVEMENT -> s + " >= " + settings.gad7Start();
        };
    }

    /** {@link #met} over the pair's {@code s_} and {@code r_} columns. */
    String metSql(CohortSettings settings) {
        String s = "s_" + column;
        String r = "r_" + column;
        String result = switch (this) {
            case ABSTINENCE, STOPPED_INJECTING, HOUSING_RESOLVED -> r + " = 0";
            case REDUCED_USE -> r + " < " + s;
            case IN_PAID_WORK -> r + " > 0";
            case PHQ9_RELIABLE_IMPROVEMENT -> s + " - " + r + " >= " + settings.phq9Fall();
            case GAD7_RELIABLE_IMPROVEMENT -> s + " - " + r + " >= " + settings.gad7Fall();
        };
        return "(" + problemSql(settings) + ") and " + result;
    }
}
