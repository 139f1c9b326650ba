package org.onedoor.contract.whatif;

import java.math.BigDecimal;
import java.util.List;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCore;
import org.onedoor.contract.rules.PerClientPerMonth.RateRounding;
import org.onedoor.contract.rules.PerClientPerMonth.Rounding;
import org.onedoor.contract.rules.PerClientPerMonth.Stretch;
import org.onedoor.contract.rules.PerClientPerMonth.StretchShape;
import org.onedoor.contract.rules.Retainer;
import org.onedoor.contract.rules.Retainer.Frequency;

/**
 * The three models of the seed report (domain reference 11.1, 11.3-11.5) as scenarios: (i) the legacy retainer per
 * practice per year plus a payment per patient per month; (ii) the same per-patient payment without the retainer;
 * (iii) the model chosen from April 2016: per client per month at £33⅓ with the stretch to a 3,300 client-month cap,
 * plus payment by outcomes (£180 + £180, £15,000 cap). The block CCG contribution is left out of all three: it is the
 * same whatever the model, so it would only add the same figure to every column.
 */
public final class Scenarios {

    public static final String LEGACY = "Legacy: retainer + per patient per month";
    public static final String PER_CLIENT_ONLY = "Per client per month only";
    public static final String NEL = "Per client per month + stretch + outcomes";

    private static final String CONTRACT = "what-if";

    private Scenarios() {}

    /** All three, in the order the report lists them. {@code legacy.practices()} must be set. */
    public static List<Scenario> standard(EffectivePeriod period, LegacyParameters legacy) {
        return List.of(legacy(period, legacy), perClientPerMonthOnly(period, legacy.ratePerClientMonth()), nel(period));
    }

    /** (i) {@code retainer × practices + legacyRate × clientMonths}, the retainer paid monthly (A15). */
    public static Scenario legacy(EffectivePeriod period, LegacyParameters legacy) {
        if (legacy.practices() == null) {
            throw new IllegalArgumentException("Count the practices paid a retainer before building the legacy model");
        }
        Retainer rule = new Retainer(
                "Legacy GP contract",
                period,
                legacy.retainerPerPracticePerYear(),
                legacy.practices(),
                Frequency.MONTHLY,
                legacy.ratePerClientMonth());
        return new Scenario(
                LEGACY,
                "Retainer of " + legacy.retainerPerPracticePerYear() + " a practice a year × "
                        + legacy.practices() + " practices, plus " + legacy.ratePerClientMonth()
                        + " a patient in treatment a month",
                ContractRules.of(CONTRACT, rule));
    }

    /**
     * (ii) The per-patient payment alone, no retainer, no cap, no outcomes: a per-client-per-month rule whose core
     * is 250 clients at exactly {@code rate} (so the rate is the entered one to the penny) and whose stretch and cap
     * are switched off.
     */
    public static Scenario perClientPerMonthOnly(EffectivePeriod period, BigDecimal rate) {
        int core = 250;
        PerClientPerMonth rule = new PerClientPerMonth(
                "Per client per month",
                period,
                core,
                rate.multiply(BigDecimal.valueOf(core * 12L)),
                RateRounding.EXACT,
                new Stretch(StretchShape.PROPORTIONAL_TO_CAP, core, BigDecimal.ZERO),
                null,
                BelowCore.PRO_RATA,
                Rounding.DEFAULT);
        return new Scenario(
                PER_CLIENT_ONLY,
                rate + " a client in treatment a month, no retainer and no cap",
                ContractRules.of(CONTRACT, rule));
    }

    /** (iii) The NEL model with the defaults of 11.10: output (P, cumulative 3,300 cap) and outcome payments. */
    public static Scenario nel(EffectivePeriod period) {
        return new Scenario(
                NEL,
                "£33⅓ a client-month, core 250, stretch to 275 (cap 3,300 client-months a year);"
                        + " £180 a successful completion and £180 more when the exit is sustained 6 months; outcomes capped"
                        + " at £15,000 a year",
                ContractRules.of(CONTRACT, PerClientPerMonth.nel(period), PaymentByOutcomes.nel(period)));
    }
}
