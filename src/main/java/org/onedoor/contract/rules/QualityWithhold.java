package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CQUIN-style withhold: a percentage of the named rules' monthly amounts is held back each month up to the
 * release month, then released KPI by KPI: each KPI that meets its threshold releases its share of what was held;
 * the share of a KPI not met stays with the commissioner.
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
        List<KpiRelease> kpis)
        implements PaymentRule {

    /** Whether a KPI is met at or above its threshold (completion rates) or at or below it (waiting times). */
    public enum Direction {
        AT_LEAST,
        AT_MOST
    }

    /**
     * One KPI and its result for the year.
     *
     * @param achieved null until the result is reported: nothing is released for it
     * @param sharePercent the share of the withheld money this KPI releases; the shares add up to 100
     */
    public record KpiRelease(
            String kpi,
            @Nullable BigDecimal achieved,
            BigDecimal threshold,
            Direction direction,
            BigDecimal sharePercent) {

        public boolean met() {
            if (achieved == null) {
                return false;
            }
            int comparison = achieved.compareTo(threshold);
            return direction == Direction.AT_LEAST ? comparison >= 0 : comparison <= 0;
        }
    }

    public QualityWithhold {
        appliesTo = List.copyOf(appliesTo);
        kpis = List.copyOf(kpis);
    }

    /** A withhold is paid back at most in full, so it never adds to the year's maximum. */
    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        return Optional.of(Pounds.ZERO);
    }
}
