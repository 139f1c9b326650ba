package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PaymentByOutcomes.CapMode;

/**
 * Outcome-measure payment (issue 16 item 4): an amount for each client who meets a named outcome measure of
 * assessment's {@code report_outcome}, paid once per client per measure per episode in the month the evidence first
 * shows it (A9). The cap works as the outcome rules' does: it counts in the financial year paid (A10), events are
 * taken by the day the evidence shows them and the excess is lost (A11). A later void leaves the measure out of
 * the next evidence, so the month is restated and the difference is an adjustment line (A13).
 *
 * @param annualCap null for no cap
 */
public record OutcomeMeasurePayment(
        String name,
        EffectivePeriod period,
        Measure measure,
        BigDecimal amount,
        @Nullable BigDecimal annualCap,
        CapMode capMode)
        implements PaymentRule {

    /** The measures a contract can pay on, as {@code report_outcome} and the cohort measures define them. */
    public enum Measure {
        ABSTINENCE("abstinent from the main problem substance at the 6-month review"),
        REDUCED_USE("fewer days using the main problem substance at the 6-month review"),
        STOPPED_INJECTING("stopped injecting by the 6-month review"),
        HOUSING_RESOLVED("acute housing problem resolved by the 6-month review"),
        IN_PAID_WORK("in paid work at the 6-month review"),
        PHQ9_RELIABLE_IMPROVEMENT("reliable improvement on PHQ-9 at the 6-month review"),
        GAD7_RELIABLE_IMPROVEMENT("reliable improvement on GAD-7 at the 6-month review"),
        HEPATITIS_C_TEST("hepatitis C test for a client who injects"),
        HEALTH_CHECK("health check in primary care");

        private final String words;

        Measure(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        return Optional.ofNullable(annualCap).map(cap -> cap.setScale(2, RoundingMode.HALF_UP));
    }

    @Override
    public String kind() {
        return "OUTCOME_MEASURE";
    }
}
