package org.onedoor.contract.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCore;
import org.onedoor.contract.rules.PerClientPerMonth.ClientMonthCap;
import org.onedoor.contract.rules.PerClientPerMonth.Rounding;
import org.onedoor.contract.rules.PerClientPerMonth.Stretch;

/** Reads a per-client-per-month entry: core, stretch, cap, below-core rule and rounding, with the stated defaults. */
final class OutputRuleDocument {

    private OutputRuleDocument() {}

    static PerClientPerMonth read(DocumentNode node, String name, EffectivePeriod period) {
        DocumentNode core = node.required("coreAverageClients");
        if (core.whole() < 1) {
            throw core.problem("must be at least one client");
        }
        return new PerClientPerMonth(
                name,
                period,
                core.whole(),
                node.required("coreAnnualValue").money(),
                node.optional("rateRounding")
                        .map(r -> r.choice(PerClientPerMonth.RateRounding.class))
                        .orElse(PerClientPerMonth.RateRounding.EXACT),
                stretch(node.optional("stretch").orElse(null), core.whole()),
                node.optional("cap").map(OutputRuleDocument::cap).orElse(null),
                node.optional("belowCore").map(OutputRuleDocument::belowCore).orElse(BelowCore.PRO_RATA),
                node.optional("rounding").map(OutputRuleDocument::rounding).orElse(Rounding.DEFAULT));
    }

    private static Stretch stretch(DocumentNode node, int coreAverage) {
        if (node == null) {
            return new Stretch(PerClientPerMonth.StretchShape.PROPORTIONAL_TO_CAP, coreAverage, BigDecimal.ZERO);
        }
        node.mapping(Set.of("shape", "averageClients", "upliftPercent"));
        return new Stretch(
                node.required("shape").choice(PerClientPerMonth.StretchShape.class),
                node.required("averageClients").whole(),
                node.optional("upliftPercent").map(DocumentNode::decimal).orElse(BigDecimal.ZERO));
    }

    private static ClientMonthCap cap(DocumentNode node) {
        node.mapping(Set.of("clientMonthsPerYear", "timing", "amountPerYear"));
        return new ClientMonthCap(
                node.required("clientMonthsPerYear").whole(),
                node.optional("timing")
                        .map(t -> t.choice(PerClientPerMonth.CapTiming.class))
                        .orElse(PerClientPerMonth.CapTiming.CUMULATIVE_YEAR_TO_DATE),
                node.optional("amountPerYear").map(DocumentNode::money).orElse(null));
    }

    private static BelowCore belowCore(DocumentNode node) {
        node.mapping(Set.of("rule", "collarPerYear"));
        PerClientPerMonth.BelowCoreRule rule = node.required("rule").choice(PerClientPerMonth.BelowCoreRule.class);
        return rule == PerClientPerMonth.BelowCoreRule.COLLAR
                ? BelowCore.collar(node.required("collarPerYear").money())
                : BelowCore.PRO_RATA;
    }

    private static Rounding rounding(DocumentNode node) {
        node.mapping(Set.of("method", "mode", "capAfterRounding"));
        return new Rounding(
                node.optional("method")
                        .map(m -> m.choice(PerClientPerMonth.RoundingMethod.class))
                        .orElse(PerClientPerMonth.RoundingMethod.CUMULATIVE_YEAR_TO_DATE),
                node.optional("mode").map(m -> m.choice(RoundingMode.class)).orElse(RoundingMode.HALF_UP),
                node.optional("capAfterRounding").map(DocumentNode::yesNo).orElse(true));
    }
}
