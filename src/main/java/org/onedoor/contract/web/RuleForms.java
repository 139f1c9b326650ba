package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;

/**
 * Payment rules as the editor shows them: a stored rule as its form, a new rule of a kind with the usual settings,
 * and the rule sets a new contract can start from. The rules of a set have no "from" month: blank means from the
 * start of the contract's term.
 */
final class RuleForms {

    /** The rules a new contract starts from. */
    enum StartFrom {
        WORKED_METHODOLOGY("The worked payment methodology: per client per month output payments, payment by"
                + " outcomes and a block payment (the North East Lincolnshire model)"),
        LEGACY_MODEL("The legacy model: a retainer per GP practice and a rate per patient per month"),
        NO_RULES("No rules: I will add them myself");

        final String label;

        StartFrom(String label) {
            this.label = label;
        }
    }

    private RuleForms() {}

    static List<RuleForm> startFrom(@Nullable String choice) {
        String chosen = choice == null ? StartFrom.WORKED_METHODOLOGY.name() : choice;
        if (chosen.equals(StartFrom.LEGACY_MODEL.name())) {
            return new ArrayList<>(List.of(blank(RuleForm.RETAINER)));
        }
        if (chosen.equals(StartFrom.NO_RULES.name())) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(
                blank(RuleForm.PER_CLIENT_PER_MONTH), blank(RuleForm.PAYMENT_BY_OUTCOMES), blank(RuleForm.BLOCK)));
    }

    /** A new rule of a kind, with the worked methodology's settings (docs/examples/nel-2016.yaml). */
    static RuleForm blank(String kind) {
        EffectivePeriod any = EffectivePeriod.from(YearMonth.of(2000, 4));
        PaymentRule rule = switch (kind) {
            case RuleForm.PAYMENT_BY_OUTCOMES ->
                new PaymentByOutcomes(
                        "Payment by outcomes",
                        any,
                        pounds("180"),
                        pounds("180"),
                        Set.of("80", "81"),
                        true,
                        pounds("15000"),
                        PaymentByOutcomes.CapMode.MONEY_PARTIAL);
            case RuleForm.OUTCOME_MEASURE ->
                new OutcomeMeasurePayment(
                        "Outcome measure",
                        any,
                        OutcomeMeasurePayment.Measure.PHQ9_RELIABLE_IMPROVEMENT,
                        pounds("50"),
                        null,
                        PaymentByOutcomes.CapMode.MONEY_PARTIAL);
            case RuleForm.BLOCK -> BlockPayment.monthly("CCG staffing and admin", any, pounds("116525"));
            case RuleForm.RETAINER ->
                new Retainer("Legacy GP retainer", any, pounds("1000"), 11, Retainer.Frequency.MONTHLY, pounds("30"));
            case RuleForm.QUALITY_WITHHOLD ->
                new QualityWithhold(
                        "Quality withhold",
                        any,
                        BigDecimal.valueOf(2),
                        List.of("Output payment"),
                        Month.MARCH,
                        List.of(new QualityWithhold.IndicatorRelease(
                                "COMPLETIONS",
                                BigDecimal.valueOf(40),
                                QualityWithhold.Direction.AT_LEAST,
                                BigDecimal.valueOf(100))));
            default -> outputPayment(any);
        };
        RuleForm form = of(rule, 6);
        form.from = null;
        return form;
    }

    private static PerClientPerMonth outputPayment(EffectivePeriod period) {
        PerClientPerMonth nel = PerClientPerMonth.nel(period);
        return new PerClientPerMonth(
                "Output payment",
                period,
                nel.coreAverageClients(),
                nel.coreAnnualValue(),
                nel.rateRounding(),
                nel.stretch(),
                nel.cap(),
                nel.belowCore(),
                nel.rounding());
    }

    /** The form of a stored rule; {@code window} is the contract's sustained-exit window in months. */
    static RuleForm of(PaymentRule rule, int window) {
        RuleForm form = new RuleForm();
        form.name = rule.name();
        form.from = rule.period().from().toString();
        form.to = rule.period().to() == null ? null : rule.period().to().toString();
        if (rule instanceof PerClientPerMonth output) {
            OutputRuleForm.fill(form, output);
        } else if (rule instanceof PaymentByOutcomes outcomes) {
            form.kind = RuleForm.PAYMENT_BY_OUTCOMES;
            form.completionAmount = money(outcomes.stage1Amount());
            form.dischargeCodes = String.join(", ", new TreeSet<>(outcomes.qualifyingDischargeCodes()));
            form.sustainedAmount = money(outcomes.stage2Amount());
            form.windowMonths = Integer.toString(window);
            form.requiresCompletion = Boolean.toString(outcomes.requiresStage1());
            form.annualCap = outcomes.annualCap() == null ? null : money(outcomes.annualCap());
            form.capMode = outcomes.capMode().name();
        } else if (rule instanceof OutcomeMeasurePayment measure) {
            form.kind = RuleForm.OUTCOME_MEASURE;
            form.measure = measure.measure().name();
            form.amountPerClient = money(measure.amount());
            form.annualCap = measure.annualCap() == null ? null : money(measure.annualCap());
            form.capMode = measure.capMode().name();
        } else if (rule instanceof BlockPayment block) {
            form.kind = RuleForm.BLOCK;
            form.annualAmount = money(block.annualAmount());
            form.instalments = Integer.toString(block.instalments());
            form.instalmentRounding = block.rounding().name();
        } else if (rule instanceof Retainer retainer) {
            form.kind = RuleForm.RETAINER;
            form.amountPerPracticePerYear = money(retainer.amountPerPracticePerYear());
            form.practices = Integer.toString(retainer.practices());
            form.frequency = retainer.frequency().name();
            form.legacyRatePerClientMonth = money(retainer.legacyRatePerClientMonth());
        } else if (rule instanceof QualityWithhold withhold) {
            form.kind = RuleForm.QUALITY_WITHHOLD;
            form.percent = number(withhold.percent());
            form.appliesTo = String.join("\n", withhold.appliesTo());
            form.releaseMonth = withhold.releaseMonth().name();
            form.kpis = withhold.kpis().stream().map(RuleForms::kpi).collect(Collectors.joining("\n"));
        }
        return form;
    }

    /** "C19a; 5; AT_LEAST; 60", or for a KPI typed in before measured indicators, its result last when reported. */
    private static String kpi(QualityWithhold.Release release) {
        String line = release.kpi() + "; " + number(release.threshold()) + "; "
                + release.direction().name() + "; " + number(release.sharePercent());
        return release instanceof QualityWithhold.KpiRelease kpi && kpi.achieved() != null
                ? line + "; " + number(kpi.achieved())
                : line;
    }

    static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
