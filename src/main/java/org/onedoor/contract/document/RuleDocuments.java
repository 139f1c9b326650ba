package org.onedoor.contract.document;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;

/** Reads one entry of a contract document's {@code rules} list into the payment rule its {@code kind} names. */
final class RuleDocuments {

    enum Kind {
        BLOCK,
        RETAINER,
        PER_CLIENT_PER_MONTH,
        PAYMENT_BY_OUTCOMES,
        OUTCOME_MEASURE,
        QUALITY_WITHHOLD
    }

    private static final Set<String> COMMON = Set.of("kind", "name", "from", "to");

    private RuleDocuments() {}

    static PaymentRule read(DocumentNode node) {
        Kind kind = node.required("kind").choice(Kind.class);
        String name = node.required("name").text();
        EffectivePeriod period = new EffectivePeriod(
                node.required("from").month(),
                node.optional("to").map(DocumentNode::month).orElse(null));
        return switch (kind) {
            case BLOCK -> block(node.mapping(with("annualAmount", "instalments", "instalmentRounding")), name, period);
            case RETAINER ->
                retainer(
                        node.mapping(
                                with("amountPerPracticePerYear", "practices", "frequency", "legacyRatePerClientMonth")),
                        name,
                        period);
            case PER_CLIENT_PER_MONTH ->
                OutputRuleDocument.read(
                        node.mapping(with(
                                "coreAverageClients",
                                "coreAnnualValue",
                                "rateRounding",
                                "stretch",
                                "cap",
                                "belowCore",
                                "rounding")),
                        name,
                        period);
            case PAYMENT_BY_OUTCOMES ->
                outcomes(node.mapping(with("completion", "sustainedExit", "annualCap")), name, period);
            case OUTCOME_MEASURE ->
                measure(node.mapping(with("measure", "amountPerClient", "annualCap")), name, period);
            case QUALITY_WITHHOLD ->
                withhold(node.mapping(with("percent", "appliesTo", "releaseMonth", "kpis")), name, period);
        };
    }

    /** The re-presentation window a payment-by-outcomes entry sets, if it sets one. */
    static Optional<Integer> window(DocumentNode node) {
        return node.optional("sustainedExit")
                .flatMap(exit -> exit.optional("windowMonths"))
                .map(months -> {
                    if (months.whole() < 1 || months.whole() > 24) {
                        throw months.problem("must be a number of calendar months from 1 to 24");
                    }
                    return months.whole();
                });
    }

    private static BlockPayment block(DocumentNode node, String name, EffectivePeriod period) {
        DocumentNode instalments = node.optional("instalments").orElse(null);
        int count = instalments == null ? 12 : instalments.whole();
        if (count < 1 || count > 12) {
            throw instalments.problem("must be 1 to 12 instalments a year");
        }
        return new BlockPayment(
                name,
                period,
                node.required("annualAmount").money(),
                count,
                node.optional("instalmentRounding")
                        .map(r -> r.choice(BlockPayment.InstalmentRounding.class))
                        .orElse(BlockPayment.InstalmentRounding.CUMULATIVE));
    }

    private static Retainer retainer(DocumentNode node, String name, EffectivePeriod period) {
        return new Retainer(
                name,
                period,
                node.required("amountPerPracticePerYear").money(),
                node.required("practices").whole(),
                node.optional("frequency")
                        .map(f -> f.choice(Retainer.Frequency.class))
                        .orElse(Retainer.Frequency.MONTHLY),
                node.optional("legacyRatePerClientMonth")
                        .map(DocumentNode::decimal)
                        .orElse(BigDecimal.ZERO));
    }

    private static PaymentByOutcomes outcomes(DocumentNode node, String name, EffectivePeriod period) {
        DocumentNode completion = node.required("completion").mapping(Set.of("amount", "qualifyingDischargeCodes"));
        DocumentNode exit =
                node.required("sustainedExit").mapping(Set.of("amount", "windowMonths", "requiresCompletion"));
        Optional<DocumentNode> cap = node.optional("annualCap").map(c -> c.mapping(Set.of("amount", "mode")));
        return new PaymentByOutcomes(
                name,
                period,
                completion.required("amount").money(),
                exit.required("amount").money(),
                Set.copyOf(completion
                        .optional("qualifyingDischargeCodes")
                        .map(DocumentNode::texts)
                        .orElse(List.of("80", "81"))),
                exit.optional("requiresCompletion").map(DocumentNode::yesNo).orElse(true),
                cap.map(c -> c.required("amount").money()).orElse(null),
                cap.flatMap(c -> c.optional("mode"))
                        .map(m -> m.choice(PaymentByOutcomes.CapMode.class))
                        .orElse(PaymentByOutcomes.CapMode.MONEY_PARTIAL));
    }

    /** Issue 16 item 4: an amount per client who meets a named measure of report_outcome, with the outcome cap. */
    private static OutcomeMeasurePayment measure(DocumentNode node, String name, EffectivePeriod period) {
        Optional<DocumentNode> cap = node.optional("annualCap").map(c -> c.mapping(Set.of("amount", "mode")));
        return new OutcomeMeasurePayment(
                name,
                period,
                node.required("measure").choice(OutcomeMeasurePayment.Measure.class),
                node.required("amountPerClient").money(),
                cap.map(c -> c.required("amount").money()).orElse(null),
                cap.flatMap(c -> c.optional("mode"))
                        .map(m -> m.choice(PaymentByOutcomes.CapMode.class))
                        .orElse(PaymentByOutcomes.CapMode.MONEY_PARTIAL));
    }

    /**
     * Each entry of {@code kpis} names an {@code indicator} the run measures, or (the form before measured
     * indicators, still read so that earlier versions pay as they did) a {@code kpi} with its result {@code achieved}.
     */
    private static QualityWithhold withhold(DocumentNode node, String name, EffectivePeriod period) {
        List<QualityWithhold.Release> kpis = new ArrayList<>();
        for (DocumentNode kpi : node.required("kpis").items()) {
            kpi.mapping(Set.of("indicator", "kpi", "achieved", "threshold", "direction", "sharePercent"));
            QualityWithhold.Direction direction = kpi.optional("direction")
                    .map(d -> d.choice(QualityWithhold.Direction.class))
                    .orElse(QualityWithhold.Direction.AT_LEAST);
            Optional<DocumentNode> indicator = kpi.optional("indicator");
            if (indicator.isPresent()) {
                if (kpi.optional("kpi").isPresent() || kpi.optional("achieved").isPresent()) {
                    throw indicator.get().problem("is measured by the run: give no kpi or achieved result with it");
                }
                kpis.add(new QualityWithhold.IndicatorRelease(
                        indicator.get().text(),
                        kpi.required("threshold").decimal(),
                        direction,
                        kpi.required("sharePercent").decimal()));
            } else {
                kpis.add(new QualityWithhold.KpiRelease(
                        kpi.required("kpi").text(),
                        kpi.optional("achieved").map(DocumentNode::decimal).orElse(null),
                        kpi.required("threshold").decimal(),
                        direction,
                        kpi.required("sharePercent").decimal()));
            }
        }
        return new QualityWithhold(
                name,
                period,
                node.required("percent").decimal(),
                node.required("appliesTo").texts(),
                node.optional("releaseMonth").map(m -> m.choice(Month.class)).orElse(Month.MARCH),
                kpis);
    }

    static Set<String> with(String... keys) {
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        allowed.addAll(List.of(keys));
        return allowed;
    }
}
