package org.onedoor.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.ReportingSubstanceGroup;

/**
 * One indicator, as {@code indicators/definitions.yaml} defines it: what it counts ({@link Calculation}), over which
 * substance groups (empty: every group, reported one row per group and one for all), for which period, and how it
 * reads (measure, a threshold in days for waits, target, direction and the words of its numerator, denominator and public description).
 */
public record IndicatorDefinition(
        String id,
        String name,
        Calculation calculation,
        List<ReportingSubstanceGroup> groups,
        @Nullable String group,
        @Nullable String dischargeClass,
        @Nullable Integer thresholdDays,
        PeriodKind period,
        Measure measure,
        Direction direction,
        @Nullable BigDecimal target,
        String numerator,
        @Nullable String denominator,
        String description) {

    public IndicatorDefinition {
        groups = List.copyOf(groups);
    }

    /** The set-based calculation an indicator is computed by. */
    public enum Calculation {
        PHOF_COMPLETION,
        IN_TREATMENT,
        NEW_PRESENTATIONS,
        WAIT_TO_OFFER,
        WAIT_TO_START,
        COMPLETIONS,
        RE_PRESENTATIONS,
        DISCHARGES,
        OUTCOME_CHANGE
    }

    /** ROLLING: the window asked for (a rolling 12 months per month when monthly); MONTH: one calendar month. */
    public enum PeriodKind {
        ROLLING,
        MONTH
    }

    /** PERCENT: numerator over denominator with a 95% Wilson interval; COUNT; MEDIAN_DAYS. */
    public enum Measure {
        PERCENT,
        COUNT,
        MEDIAN_DAYS
    }

    /** Whether a higher value is better, a lower one, or neither (context figures). */
    public enum Direction {
        HIGHER,
        LOWER,
        NONE
    }
}
