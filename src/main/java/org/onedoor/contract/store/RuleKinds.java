package org.onedoor.contract.store;

import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;

/** The kind of a payment rule as a contract document names it, stored for report_payment_summary. */
final class RuleKinds {

    private RuleKinds() {}

    static String of(PaymentRule rule) {
        if (rule instanceof BlockPayment) {
            return "BLOCK";
        }
        if (rule instanceof Retainer) {
            return "RETAINER";
        }
        if (rule instanceof PerClientPerMonth) {
            return "PER_CLIENT_PER_MONTH";
        }
        if (rule instanceof PaymentByOutcomes) {
            return "PAYMENT_BY_OUTCOMES";
        }
        if (rule instanceof OutcomeMeasurePayment) {
            return "OUTCOME_MEASURE";
        }
        if (rule instanceof QualityWithhold) {
            return "QUALITY_WITHHOLD";
        }
        throw new IllegalArgumentException(
                "A payment rule of an unknown kind: " + rule.getClass().getSimpleName());
    }
}
