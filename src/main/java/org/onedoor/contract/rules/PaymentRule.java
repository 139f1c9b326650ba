package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One named payment rule of a contract, in force for a period. A contract composes several (a block instalment, the
 * output payments, the outcome payments, a quality withhold over some of them); two versions of the same rule share
 * a name and must not overlap in time.
 */
public sealed interface PaymentRule
        permits BlockPayment, Retainer, PerClientPerMonth, PaymentByOutcomes, OutcomeMeasurePayment, QualityWithhold {

    String name();

    /** The kind a contract document names it by ({@code BLOCK}, {@code PER_CLIENT_PER_MONTH} …), also stored per version. */
    String kind();

    EffectivePeriod period();

    /**
     * The most this rule can pay in one financial year, to check the funding covers it; empty when the rule has no
     * upper bound (no cap), so funding cannot be checked against it.
     */
    Optional<BigDecimal> maximumAnnualPayment();
}
