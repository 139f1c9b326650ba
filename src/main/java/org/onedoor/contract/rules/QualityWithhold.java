package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CQUIN-style withhold: a percentage of the named rules' monthly amounts is held back each month up to the
 * release month, then released indicator by indicator: each that meets its threshold releases its share of what was
 * held; the share of one not met stays with the commissioner. An indicator is measured by the payment run
 * ({@link IndicatorRelease}: its value is computed from the record for the financial year to the release month and
 * frozen with the evidence); rules written before measured indicators named a KPI with a result typed in
 * ({@link KpiRelease}), and are still read and paid as they were.
 *
 * @param appliesTo names of the rules whose monthly amounts are withheld from
 * @param releaseMonth the month of each financial year in which the year's withheld money is assessed and released
 */
public record QualityWithhold(
        String name,
        EffectivePeriod period,
        BigDecimal percent,
        List<String> appliesTo,
        Month releaseMonth,
        List<Release> kpis)
        implements PaymentRule {

    /** Whether a KPI is met at or above its threshold (completion rates) or at or below it (waiting times). */
    public enum Direction {
        AT_LEAST,
        AT_MOST;

        boolean met(BigDecimal value, BigDecimal threshold) {
            int comparison = value.compareTo(threshold);
            return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
        }

        String words() {
            return this == AT_LEAST ? "at least " : "at most ";
        }
    }

    /** One part of the release: what is judged, against which threshold, for which share of the withheld money. */
    public sealed interface Release permits IndicatorRelease, KpiRelease {

        /** The indicator id, or the KPI's name. */
        String kpi();

        BigDecimal threshold();

        Direction direction();

        /** The share of the withheld money this part releases; the shares add up to 100. */
        BigDecimal sharePercent();
    }

    /**
     * An indicator of {@code indicators/definitions.yaml} (C19a, WAIT_START_OVER_3_WEEKS …), measured by the payment
     * run for the contract's agency as of the evidence's day. Met when its value, as shown (one decimal place), is at
     * least or at most the threshold; not measured (no denominator) releases nothing.
     */
    public record IndicatorRelease(String indicator, BigDecimal threshold, Direction direction, BigDecimal sharePercent)
            implements Release {

        @Override
        public String kpi() {
            return indicator;
        }
    }

    /**
     * A KPI with its result typed into the rule, the form before measured indicators; still read and paid so that
     * statements of earlier versions do not change.
     *
     * @param achieved null until the result is reported: nothing is released for it
     */
    public record KpiRelease(
            String kpi,
            @Nullable BigDecimal achieved,
            BigDecimal threshold,
            Direction direction,
            BigDecimal sharePercent)
            implements Release {

        public boolean met() {
            return achieved != null && direction.met(achieved, threshold);
        }
    }

    public QualityWithhold {
        appliesTo = List.copyOf(appliesTo);
        kpis = List.copyOf(kpis);
    }

    /** The indicators this withhold is released on, measured by the run. */
    public List<IndicatorRelease> indicators() {
        return kpis.stream()
                .filter(IndicatorRelease.class::isInstance)
                .map(IndicatorRelease.class::cast)
                .toList();
    }

    /** The months a year's indicators are measured over: the financial year from April to the release month. */
    public MeasuredWindow window(FinancialYear year) {
        return new MeasuredWindow(year.first(), year.monthOf(releaseMonth));
    }

    /** A withhold is paid back at most in full, so it never adds to the year's maximum. */
    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        return Optional.of(Pounds.ZERO);
    }

    /** Whole months, first to last, named as indicator periods are ({@code 2016-04..2017-03}). */
    public record MeasuredWindow(YearMonth from, YearMonth to) {

        public String label() {
            return from + ".." + to;
        }
    }

    @Override
    public String kind() {
        return "QUALITY_WITHHOLD";
    }
}
