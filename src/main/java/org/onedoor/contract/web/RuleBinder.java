package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;
import org.onedoor.shared.Messages;

/**
 * Reads one rule's form into its payment rule. Only what a form alone can tell is checked here (a number that is no
 * number, a blank required setting); the rules' own checks ({@code PaymentRuleValidation}) run on the result, as for
 * an imported document. Null when the form has a problem.
 */
final class RuleBinder {

    private final TypedValues typed;
    private final int index;
    private final String at;

    RuleBinder(TypedValues typed, int index) {
        this.typed = typed;
        this.index = index;
        this.at = "rules[" + index + "].";
    }

    /** The rule, with its period's start defaulting to {@code termStart}; null (with problems) when it has any. */
    @Nullable
    PaymentRule read(RuleForm form, YearMonth termStart) {
        int before = typed.problems().count();
        String name = typed.text(at + "name", form.name, "the rule's name", 200);
        YearMonth from = typed.month(at + "from", form.from, "the first month", termStart);
        YearMonth to = TypedValues.blank(form.to) ? null : typed.month(at + "to", form.to, "the last month", null);
        EffectivePeriod period = from == null ? null : new EffectivePeriod(from, to);
        PaymentRule rule = switch (form.kind == null ? "" : form.kind) {
            case RuleForm.PER_CLIENT_PER_MONTH -> new OutputRuleBinder(typed, at).read(form, name, period);
            case RuleForm.PAYMENT_BY_OUTCOMES -> outcomes(form, name, period);
            case RuleForm.BLOCK -> block(form, name, period);
            case RuleForm.RETAINER -> retainer(form, name, period);
            case RuleForm.QUALITY_WITHHOLD -> withhold(form, name, period);
            case RuleForm.OUTCOME_MEASURE -> measure(form, name, period);
            default -> {
                typed.problems().add(at + "name", Messages.text("contract.rule.noKind"));
                yield null;
            }
        };
        if (typed.problems().count() == before) {
            return rule;
        }
        typed.problems().prefixSince(before, (name == null ? "Rule " + (index + 1) : name) + ": ");
        return null;
    }

    /** The sustained-exit window of a payment-by-outcomes form, or null. */
    @Nullable
    Integer window(RuleForm form) {
        return RuleForm.PAYMENT_BY_OUTCOMES.equals(form.kind)
                ? typed.whole(at + "windowMonths", form.windowMonths, "the sustained exit window", 1, 24)
                : null;
    }

    private @Nullable PaymentRule outcomes(RuleForm form, @Nullable String name, @Nullable EffectivePeriod period) {
        BigDecimal stage1 = typed.money(at + "completionAmount", form.completionAmount, "the completion amount");
        BigDecimal stage2 = typed.money(at + "sustainedAmount", form.sustainedAmount, "the sustained exit amount");
        BigDecimal cap = typed.optionalMoney(at + "annualCap", form.annualCap, "the annual cap");
        PaymentByOutcomes.CapMode mode = typed.choice(
                at + "capMode",
                form.capMode,
                PaymentByOutcomes.CapMode.class,
                "what happens to the payment that crosses the cap");
        if (!allGiven(name, period, stage1, stage2, mode)) {
            return null;
        }
        return new PaymentByOutcomes(
                name,
                period,
                stage1,
                stage2,
                new HashSet<>(TypedValues.lines(form.dischargeCodes, true)),
                !"false".equals(form.requiresCompletion),
                cap,
                mode);
    }

    private @Nullable PaymentRule measure(RuleForm form, @Nullable String name, @Nullable EffectivePeriod period) {
        OutcomeMeasurePayment.Measure measure = typed.choice(
                at + "measure", form.measure, OutcomeMeasurePayment.Measure.class, "the outcome measure paid for");
        BigDecimal amount = typed.money(at + "amountPerClient", form.amountPerClient, "the amount a client");
        BigDecimal cap = typed.optionalMoney(at + "annualCap", form.annualCap, "the annual cap");
        PaymentByOutcomes.CapMode mode = typed.choice(
                at + "capMode",
                form.capMode,
                PaymentByOutcomes.CapMode.class,
                "what happens to the payment that crosses the cap");
        return allGiven(name, period, measure, amount, mode)
                ? new OutcomeMeasurePayment(name, period, measure, amount, cap, mode)
                : null;
    }

    private @Nullable PaymentRule block(RuleForm form, @Nullable String name, @Nullable EffectivePeriod period) {
        BigDecimal amount = typed.money(at + "annualAmount", form.annualAmount, "the annual amount");
        Integer instalments = typed.whole(at + "instalments", form.instalments, "the number of instalments", 1, 12);
        BlockPayment.InstalmentRounding rounding = typed.choice(
                at + "instalmentRounding",
                form.instalmentRounding,
                BlockPayment.InstalmentRounding.class,
                "how the instalments are rounded");
        return allGiven(name, period, amount, instalments, rounding)
                ? new BlockPayment(name, period, amount, instalments, rounding)
                : null;
    }

    private @Nullable PaymentRule retainer(RuleForm form, @Nullable String name, @Nullable EffectivePeriod period) {
        BigDecimal amount = typed.money(
                at + "amountPerPracticePerYear", form.amountPerPracticePerYear, "the retainer a practice a year");
        Integer practices = typed.whole(at + "practices", form.practices, "the number of practices", 0, 10_000);
        Retainer.Frequency frequency =
                typed.choice(at + "frequency", form.frequency, Retainer.Frequency.class, "when the retainer is paid");
        BigDecimal rate = TypedValues.blank(form.legacyRatePerClientMonth)
                ? BigDecimal.ZERO.setScale(2)
                : typed.money(
                        at + "legacyRatePerClientMonth", form.legacyRatePerClientMonth, "the rate a patient a month");
        return allGiven(name, period, amount, practices, frequency, rate)
                ? new Retainer(name, period, amount, practices, frequency, rate)
                : null;
    }

    private @Nullable PaymentRule withhold(RuleForm form, @Nullable String name, @Nullable EffectivePeriod period) {
        BigDecimal percent = typed.decimal(at + "percent", form.percent, "the percentage withheld");
        Month release = typed.choice(at + "releaseMonth", form.releaseMonth, Month.class, "the release month");
        List<QualityWithhold.Release> kpis = new ArrayList<>();
        for (String line : TypedValues.lines(form.kpis, false)) {
            kpis.add(indicator(line));
        }
        return allGiven(name, period, percent, release) && !kpis.contains(null)
                ? new QualityWithhold(name, period, percent, TypedValues.lines(form.appliesTo, false), release, kpis)
                : null;
    }

    /** "C19a; 5; AT_LEAST; 60": the indicator's id, threshold, direction and share; the run measures the value. */
    private QualityWithhold.@Nullable Release indicator(String line) {
        String[] parts = line.split(";");
        String field = at + "kpis";
        if (parts.length != 4) {
            typed.problems().add(field, Messages.text("contract.rule.kpis.form", line.strip()));
            return null;
        }
        String id = parts[0].strip();
        BigDecimal threshold = typed.decimal(field, parts[1], "the threshold of " + id);
        QualityWithhold.Direction direction =
                typed.choice(field, parts[2], QualityWithhold.Direction.class, "AT_LEAST or AT_MOST for " + id);
        BigDecimal share = typed.decimal(field, parts[3], "the share of " + id);
        return allGiven(threshold, direction, share)
                ? new QualityWithhold.IndicatorRelease(id, threshold, direction, share)
                : null;
    }

    static boolean allGiven(@Nullable Object... values) {
        for (Object value : values) {
            if (Objects.isNull(value)) {
                return false;
            }
        }
        return true;
    }
}
