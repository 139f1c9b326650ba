package org.onedoor.contract.document;

import java.math.BigDecimal;

import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;

import static org.onedoor.contract.document.ContractDocumentWriter.money;
import static org.onedoor.contract.document.ContractDocumentWriter.sorted;

/** Writes one payment rule as an entry of the document's {@code rules} list, the reverse of {@link RuleDocuments}. */
final class RuleWriter {

    private RuleWriter() {
    }

    static void write(YamlLines out, PaymentRule rule, EvidenceOptions evidence) {
        out.item(1, "kind", kind(rule).name());
        out.line(2, "name", rule.name());
        out.line(2, "from", rule.period().from().toString());
        if (rule.period().to() != null) {
            out.line(2, "to", rule.period().to().toString());
        }
        if (rule instanceof BlockPayment block) {
            out.line(2, "annualAmount", money(block.annualAmount()));
            out.line(2, "instalments", Integer.toString(block.instalments()));
            out.line(2, "instalmentRounding", block.rounding().name());
        } else if (rule instanceof Retainer retainer) {
            out.line(2, "amountPerPracticePerYear", money(retainer.amountPerPracticePerYear()));
            out.line(2, "practices", Integer.toString(retainer.practices()));
            out.line(2, "frequency", retainer.frequency().name());
            out.line(2, "legacyRatePerClientMonth", number(retainer.legacyRatePerClientMonth()));
        } else if (rule instanceof PerClientPerMonth output) {
            output(out, output);
        } else if (rule instanceof PaymentByOutcomes outcomes) {
            out.key(2, "completion");
            out.line(3, "amount", money(outcomes.stage1Amount()));
            out.list(3, "qualifyingDischargeCodes", sorted(outcomes.qualifyingDischargeCodes()));
            out.key(2, "sustainedExit");
            out.line(3, "amount", money(outcomes.stage2Amount()));
            out.line(3, "windowMonths", Integer.toString(evidence.rePresentationWindow()));
            out.value(3, "requiresCompletion", outcomes.requiresStage1());
            if (outcomes.annualCap() != null) {
                out.key(2, "annualCap");
                out.line(3, "amount", money(outcomes.annualCap()));
                out.line(3, "mode", outcomes.capMode().name());
            }
        } else if (rule instanceof QualityWithhold withhold) {
            out.line(2, "percent", number(withhold.percent()));
            out.list(2, "appliesTo", withhold.appliesTo());
            out.line(2, "releaseMonth", withhold.releaseMonth().name());
            out.key(2, "kpis");
            for (QualityWithhold.KpiRelease kpi : withhold.kpis()) {
                out.item(3, "kpi", kpi.kpi());
                if (kpi.achieved() != null) {
                    out.line(4, "achieved", number(kpi.achieved()));
                }
                out.line(4, "threshold", number(kpi.threshold()));
                out.line(4, "direction", kpi.direction().name());
                out.line(4, "sharePercent", number(kpi.sharePercent()));
            }
        }
    }

    private static void output(YamlLines out, PerClientPerMonth output) {
        out.line(2, "coreAverageClients", Integer.toString(output.coreAverageClients()));
        out.line(2, "coreAnnualValue", money(output.coreAnnualValue()));
        out.line(2, "rateRounding", output.rateRounding().name());
        out.key(2, "stretch");
        out.line(3, "shape", output.stretch().shape().name());
        out.line(3, "averageClients", Integer.toString(output.stretch().averageClients()));
        out.line(3, "upliftPercent", number(output.stretch().upliftPercent()));
        if (output.cap() != null) {
            out.key(2, "cap");
            out.line(3, "clientMonthsPerYear", Integer.toString(output.cap().clientMonthsPerYear()));
            out.line(3, "timing", output.cap().timing().name());
            if (output.cap().amountPerYear() != null) {
                out.line(3, "amountPerYear", money(output.cap().amountPerYear()));
            }
        }
        out.key(2, "belowCore");
        out.line(3, "rule", output.belowCore().rule().name());
        if (output.belowCore().collarPerYear() != null) {
            out.line(3, "collarPerYear", money(output.belowCore().collarPerYear()));
        }
        out.key(2, "rounding");
        out.line(3, "method", output.rounding().method().name());
        out.line(3, "mode", output.rounding().mode().name());
        out.value(3, "capAfterRounding", output.rounding().capAfterRounding());
    }

    private static RuleDocuments.Kind kind(PaymentRule rule) {
        if (rule instanceof BlockPayment) {
            return RuleDocuments.Kind.BLOCK;
        }
        if (rule instanceof Retainer) {
            return RuleDocuments.Kind.RETAINER;
        }
        if (rule instanceof PerClientPerMonth) {
            return RuleDocuments.Kind.PER_CLIENT_PER_MONTH;
        }
        if (rule instanceof PaymentByOutcomes) {
            return RuleDocuments.Kind.PAYMENT_BY_OUTCOMES;
        }
        return RuleDocuments.Kind.QUALITY_WITHHOLD;
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
