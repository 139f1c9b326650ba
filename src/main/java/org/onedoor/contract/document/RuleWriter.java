package org.onedoor.contract.document;

import static org.onedoor.contract.document.ContractDocumentWriter.money;
import static org.onedoor.contract.document.ContractDocumentWriter.sorted;

import java.math.BigDecimal;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;

/** Writes one payment rule as an entry of the document's {@code rules} list, the reverse of {@link RuleDocuments}. */
final class RuleWriter {

    private RuleWriter() {}

    static void write(YamlMap out, PaymentRule rule, EvidenceOptions evidence) {
        out.text("kind", kind(rule).name());
        out.text("name", rule.name());
        out.text("from", rule.period().from().toString());
        if (rule.period().to() != null) {
            out.text("to", rule.period().to().toString());
        }
        if (rule instanceof BlockPayment block) {
            out.text("annualAmount", money(block.annualAmount()));
            out.text("instalments", Integer.toString(block.instalments()));
            out.text("instalmentRounding", block.rounding().name());
        } else if (rule instanceof Retainer retainer) {
            out.text("amountPerPracticePerYear", money(retainer.amountPerPracticePerYear()));
            out.text("practices", Integer.toString(retainer.practices()));
            out.text("frequency", retainer.frequency().name());
            out.text("legacyRatePerClientMonth", number(retainer.legacyRatePerClientMonth()));
        } else if (rule instanceof PerClientPerMonth output) {
            output(out, output);
        } else if (rule instanceof PaymentByOutcomes outcomes) {
            outcomes(out, outcomes, evidence);
        } else if (rule instanceof OutcomeMeasurePayment measure) {
            out.text("measure", measure.measure().name());
            out.text("amountPerClient", money(measure.amount()));
            if (measure.annualCap() != null) {
                out.map("annualCap")
                        .text("amount", money(measure.annualCap()))
                        .text("mode", measure.capMode().name());
            }
        } else if (rule instanceof QualityWithhold withhold) {
            withhold(out, withhold);
        }
    }

    private static void outcomes(YamlMap out, PaymentByOutcomes outcomes, EvidenceOptions evidence) {
        out.map("completion")
                .text("amount", money(outcomes.stage1Amount()))
                .list("qualifyingDischargeCodes", sorted(outcomes.qualifyingDischargeCodes()));
        out.map("sustainedExit")
                .text("amount", money(outcomes.stage2Amount()))
                .text("windowMonths", Integer.toString(evidence.rePresentationWindow()))
                .value("requiresCompletion", outcomes.requiresStage1());
        if (outcomes.annualCap() != null) {
            out.map("annualCap")
                    .text("amount", money(outcomes.annualCap()))
                    .text("mode", outcomes.capMode().name());
        }
    }

    private static void withhold(YamlMap out, QualityWithhold withhold) {
        out.text("percent", number(withhold.percent()));
        out.list("appliesTo", withhold.appliesTo());
        out.text("releaseMonth", withhold.releaseMonth().name());
        YamlMap.Items kpis = out.items("kpis");
        for (QualityWithhold.Release release : withhold.kpis()) {
            YamlMap item;
            if (release instanceof QualityWithhold.KpiRelease kpi) {
                item = kpis.add().text("kpi", kpi.kpi());
                if (kpi.achieved() != null) {
                    item.text("achieved", number(kpi.achieved()));
                }
            } else {
                item = kpis.add().text("indicator", release.kpi());
            }
            item.text("threshold", number(release.threshold()));
            item.text("direction", release.direction().name());
            item.text("sharePercent", number(release.sharePercent()));
        }
    }

    private static void output(YamlMap out, PerClientPerMonth output) {
        out.text("coreAverageClients", Integer.toString(output.coreAverageClients()));
        out.text("coreAnnualValue", money(output.coreAnnualValue()));
        out.text("rateRounding", output.rateRounding().name());
        out.map("stretch")
                .text("shape", output.stretch().shape().name())
                .text("averageClients", Integer.toString(output.stretch().averageClients()))
                .text("upliftPercent", number(output.stretch().upliftPercent()));
        if (output.cap() != null) {
            YamlMap cap = out.map("cap")
                    .text("clientMonthsPerYear", Integer.toString(output.cap().clientMonthsPerYear()))
                    .text("timing", output.cap().timing().name());
            if (output.cap().amountPerYear() != null) {
                cap.text("amountPerYear", money(output.cap().amountPerYear()));
            }
        }
        YamlMap belowCore =
                out.map("belowCore").text("rule", output.belowCore().rule().name());
        if (output.belowCore().collarPerYear() != null) {
            belowCore.text("collarPerYear", money(output.belowCore().collarPerYear()));
        }
        out.map("rounding")
                .text("method", output.rounding().method().name())
                .text("mode", output.rounding().mode().name())
                .value("capAfterRounding", output.rounding().capAfterRounding());
    }

    private static RuleDocuments.Kind kind(PaymentRule rule) {
        return RuleDocuments.Kind.valueOf(rule.kind());
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
