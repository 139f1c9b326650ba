package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCore;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCoreRule;
import org.onedoor.contract.rules.PerClientPerMonth.ClientMonthCap;
import org.onedoor.contract.rules.PerClientPerMonth.Rounding;
import org.onedoor.contract.rules.PerClientPerMonth.Stretch;
import org.onedoor.shared.Messages;

/** Reads a per-client-per-month rule's form: core, stretch, cap, below-core rule and rounding. */
final class OutputRuleBinder {

    private final TypedValues typed;
    private final String at;

    OutputRuleBinder(TypedValues typed, String at) {
        this.typed = typed;
        this.at = at;
    }

    @Nullable
    PerClientPerMonth read(RuleForm form, @Nullable String name, @Nullable EffectivePeriod period) {
        Integer core = typed.whole(
                at + "coreAverageClients", form.coreAverageClients, "the core average clients a month", 1, 1_000_000);
        BigDecimal value = typed.money(at + "coreAnnualValue", form.coreAnnualValue, "the core annual value");
        PerClientPerMonth.RateRounding rateRounding = typed.choice(
                at + "rateRounding",
                form.rateRounding,
                PerClientPerMonth.RateRounding.class,
                "how the rate is rounded");
        Stretch stretch = stretch(form, core);
        ClientMonthCap cap = cap(form);
        BelowCore belowCore = belowCore(form);
        Rounding rounding = rounding(form);
        boolean capped = !TypedValues.blank(form.capClientMonths) || !TypedValues.blank(form.capAmount);
        if (!RuleBinder.allGiven(name, period, core, value, rateRounding, stretch, belowCore, rounding)
                || (capped && cap == null)) {
            return null;
        }
        return new PerClientPerMonth(name, period, core, value, rateRounding, stretch, cap, belowCore, rounding);
    }

    private @Nullable Stretch stretch(RuleForm form, @Nullable Integer core) {
        PerClientPerMonth.StretchShape shape = typed.choice(
                at + "stretchShape",
                form.stretchShape,
                PerClientPerMonth.StretchShape.class,
                "the shape of the stretch");
        Integer average = TypedValues.blank(form.stretchAverageClients)
                ? core
                : typed.whole(
                        at + "stretchAverageClients",
                        form.stretchAverageClients,
                        "the stretch average clients a month",
                        0,
                        1_000_000);
        BigDecimal uplift = TypedValues.blank(form.upliftPercent)
                ? BigDecimal.ZERO
                : typed.decimal(at + "upliftPercent", form.upliftPercent, "the stretch uplift");
        return RuleBinder.allGiven(shape, average, uplift) ? new Stretch(shape, average, uplift) : null;
    }

    /** No cap when the client-months are blank; a cap in pounds alone needs its client-months too. */
    private @Nullable ClientMonthCap cap(RuleForm form) {
        if (TypedValues.blank(form.capClientMonths)) {
            if (!TypedValues.blank(form.capAmount)) {
                typed.problems().add(at + "capClientMonths", Messages.text("contract.capClientMonths.required"));
            }
            return null;
        }
        Integer months = typed.whole(
                at + "capClientMonths", form.capClientMonths, "the cap in client-months a year", 0, 100_000_000);
        PerClientPerMonth.CapTiming timing =
                typed.choice(at + "capTiming", form.capTiming, PerClientPerMonth.CapTiming.class, "when the cap bites");
        BigDecimal pounds = typed.optionalMoney(at + "capAmount", form.capAmount, "the cap in pounds a year");
        boolean poundsOk = TypedValues.blank(form.capAmount) || pounds != null;
        return months != null && timing != null && poundsOk ? new ClientMonthCap(months, timing, pounds) : null;
    }

    private @Nullable BelowCore belowCore(RuleForm form) {
        BelowCoreRule rule =
                typed.choice(at + "belowCore", form.belowCore, BelowCoreRule.class, "what is paid below the core");
        if (rule == BelowCoreRule.COLLAR) {
            BigDecimal collar = typed.money(at + "collar", form.collar, "the collar a year");
            return collar == null ? null : BelowCore.collar(collar);
        }
        return rule == null ? null : BelowCore.PRO_RATA;
    }

    private @Nullable Rounding rounding(RuleForm form) {
        PerClientPerMonth.RoundingMethod method = typed.choice(
                at + "roundingMethod",
                form.roundingMethod,
                PerClientPerMonth.RoundingMethod.class,
                "how the lines are rounded");
        RoundingMode mode =
                typed.choice(at + "roundingMode", form.roundingMode, RoundingMode.class, "the rounding mode");
        return RuleBinder.allGiven(method, mode)
                ? new Rounding(method, mode, !"false".equals(form.capAfterRounding))
                : null;
    }
}
