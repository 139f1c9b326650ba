package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Output payments per client in treatment per month (11.4). The rate is {@code coreAnnualValue / (coreAverageClients
 * × 12)}; the stretch pays above the core either at the same rate up to the cap (A1 P) or as a bonus when the year's
 * average reaches the stretch average (A1 T); the cap bites year to date, month by month, or at a year-end
 * reconciliation (A2). Defaults follow 11.10: {@link #nel(EffectivePeriod)}.
 *
 * @param cap null for no cap on client-months (the uncapped variant)
 */
public record PerClientPerMonth(
        String name,
        EffectivePeriod period,
        int coreAverageClients,
        BigDecimal coreAnnualValue,
        RateRounding rateRounding,
        Stretch stretch,
        @Nullable ClientMonthCap cap,
        BelowCore belowCore,
        Rounding rounding)
        implements PaymentRule {

    /** The exact rate (£33⅓) or the rate rounded to pence first (£33.33), A12. */
    public enum RateRounding {
        EXACT,
        PENCE
    }

    /** A1: proportional up to the cap, or core capped plus a threshold bonus. */
    public enum StretchShape {
        PROPORTIONAL_TO_CAP,
        THRESHOLD_BONUS
    }

    /** A2: when the cap on client-months bites. */
    public enum CapTiming {
        /** Pay until the year to date reaches the cap, then nothing. */
        CUMULATIVE_YEAR_TO_DATE,
        /** At most cap / 12 clients in each month. */
        MONTHLY,
        /** Pay every month's actuals; the year-end reconciliation claws back what exceeds the cap. */
        RECONCILE
    }

    /** A5: below the core, pay pro rata, or top the year up to a collar at the reconciliation. */
    public enum BelowCoreRule {
        PRO_RATA,
        COLLAR
    }

    /** A12: round the year to date and pay the difference, or round each monthly line on its own. */
    public enum RoundingMethod {
        CUMULATIVE_YEAR_TO_DATE,
        PER_LINE
    }

    /** @param upliftPercent the threshold bonus as a percentage of the core annual value (10% = £10,000) */
    public record Stretch(StretchShape shape, int averageClients, BigDecimal upliftPercent) {}

    /** @param amountPerYear an optional cap in pounds, applied to the year to date after rounding */
    public record ClientMonthCap(
            int clientMonthsPerYear,
            CapTiming timing,
            @Nullable BigDecimal amountPerYear) {

        public static ClientMonthCap of(int clientMonthsPerYear, CapTiming timing) {
            return new ClientMonthCap(clientMonthsPerYear, timing, null);
        }
    }

    /** @param collarPerYear the least the year pays, for {@link BelowCoreRule#COLLAR} */
    public record BelowCore(BelowCoreRule rule, @Nullable BigDecimal collarPerYear) {

        public static final BelowCore PRO_RATA = new BelowCore(BelowCoreRule.PRO_RATA, null);

        public static BelowCore collar(BigDecimal perYear) {
            return new BelowCore(BelowCoreRule.COLLAR, perYear);
        }
    }

    /** @param capAfterRounding limit the year to date to the cap's value in pounds after rounding each line */
    public record Rounding(RoundingMethod method, RoundingMode mode, boolean capAfterRounding) {

        public static final Rounding DEFAULT =
                new Rounding(RoundingMethod.CUMULATIVE_YEAR_TO_DATE, RoundingMode.HALF_UP, true);
    }

    /** The NEL defaults (11.10): 250 clients for £100,000, exact rate, proportional to a 3,300 cumulative cap. */
    public static PerClientPerMonth nel(EffectivePeriod period) {
        return new PerClientPerMonth(
                "Output payments",
                period,
                250,
                new BigDecimal("100000.00"),
                RateRounding.EXACT,
                new Stretch(StretchShape.PROPORTIONAL_TO_CAP, 275, BigDecimal.TEN),
                ClientMonthCap.of(3300, CapTiming.CUMULATIVE_YEAR_TO_DATE),
                BelowCore.PRO_RATA,
                Rounding.DEFAULT);
    }

    public PerClientPerMonth withRateRounding(RateRounding value) {
        return new PerClientPerMonth(
                name, period, coreAverageClients, coreAnnualValue, value, stretch, cap, belowCore, rounding);
    }

    public PerClientPerMonth withStretchShape(StretchShape shape) {
        return new PerClientPerMonth(
                name,
                period,
                coreAverageClients,
                coreAnnualValue,
                rateRounding,
                new Stretch(shape, stretch.averageClients(), stretch.upliftPercent()),
                cap,
                belowCore,
                rounding);
    }

    public PerClientPerMonth withCap(@Nullable ClientMonthCap value) {
        return new PerClientPerMonth(
                name, period, coreAverageClients, coreAnnualValue, rateRounding, stretch, value, belowCore, rounding);
    }

    public PerClientPerMonth withBelowCore(BelowCore value) {
        return new PerClientPerMonth(
                name, period, coreAverageClients, coreAnnualValue, rateRounding, stretch, cap, value, rounding);
    }

    public PerClientPerMonth withRounding(Rounding value) {
        return new PerClientPerMonth(
                name, period, coreAverageClients, coreAnnualValue, rateRounding, stretch, cap, belowCore, value);
    }

    /** Client-months a year the core pays for: 250 × 12 = 3,000. */
    public int coreClientMonths() {
        return coreAverageClients * 12;
    }

    /** The threshold bonus in pounds: uplift% of the core annual value. */
    public BigDecimal thresholdBonus() {
        return coreAnnualValue.multiply(stretch.upliftPercent()).divide(Pounds.HUNDRED, 2, rounding.mode());
    }

    Rate rate() {
        Rate exact = new Rate(coreAnnualValue, BigDecimal.valueOf(coreClientMonths()));
        return rateRounding == RateRounding.EXACT
                ? exact
                : Rate.of(coreAnnualValue.divide(BigDecimal.valueOf(coreClientMonths()), 2, rounding.mode()));
    }

    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        if (coreAverageClients <= 0) {
            return Optional.empty();
        }
        if (stretch.shape() == StretchShape.THRESHOLD_BONUS) {
            return Optional.of(
                    rate().amount(coreClientMonths(), rounding.mode()).add(thresholdBonus()));
        }
        if (cap == null) {
            return Optional.empty();
        }
        BigDecimal byClientMonths = rate().amount(cap.clientMonthsPerYear(), rounding.mode());
        return Optional.of(
                cap.amountPerYear() == null
                        ? byClientMonths
                        : Pounds.min(byClientMonths, cap.amountPerYear().setScale(2, rounding.mode())));
    }

    @Override
    public String kind() {
        return "PER_CLIENT_PER_MONTH";
    }
}
