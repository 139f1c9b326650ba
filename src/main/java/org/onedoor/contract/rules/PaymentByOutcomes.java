package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.OutcomeStage;

/**
 * Payment by outcomes (11.5): a stage-1 amount for each successful completion with a qualifying discharge reason,
 * a stage-2 amount when the exit is sustained through the window. Each event is paid in the month its evidence
 * became complete (A9) and counts against the annual cap of the financial year it is paid in (A10); when the cap
 * bites, events are taken by due date and the excess is lost (A11).
 *
 * @param qualifyingDischargeCodes DISRSN codes that count as substance-free completion, {80, 81} by default (A6)
 * @param requiresStage1 a sustained exit pays only after a qualifying completion of the same episode (A8)
 * @param annualCap null for no cap
 */
public record PaymentByOutcomes(
        String name,
        EffectivePeriod period,
        BigDecimal stage1Amount,
        BigDecimal stage2Amount,
        Set<String> qualifyingDischargeCodes,
        boolean requiresStage1,
        @Nullable BigDecimal annualCap,
        CapMode capMode)
        implements PaymentRule {

    /** A11: what happens to the event that crosses the cap. */
    public enum CapMode {
        /** It is paid the money left under the cap (£60 of £180). */
        MONEY_PARTIAL,
        /** Only whole payments: it and every later event of the year are unpaid. */
        WHOLE_PAYMENTS_ONLY
    }

    public PaymentByOutcomes {
        qualifyingDischargeCodes = Set.copyOf(qualifyingDischargeCodes);
    }

    /** The NEL defaults (11.10): £180 + £180, codes 80 and 81, stage 2 after stage 1, £15,000 money cap. */
    public static PaymentByOutcomes nel(EffectivePeriod period) {
        return new PaymentByOutcomes(
                "Outcome payments",
                period,
                new BigDecimal("180.00"),
                new BigDecimal("180.00"),
                Set.of("80", "81"),
                true,
                new BigDecimal("15000.00"),
                CapMode.MONEY_PARTIAL);
    }

    public PaymentByOutcomes withQualifyingDischargeCodes(Set<String> codes) {
        return new PaymentByOutcomes(
                name, period, stage1Amount, stage2Amount, codes, requiresStage1, annualCap, capMode);
    }

    public PaymentByOutcomes withCap(@Nullable BigDecimal cap, CapMode mode) {
        return new PaymentByOutcomes(
                name, period, stage1Amount, stage2Amount, qualifyingDischargeCodes, requiresStage1, cap, mode);
    }

    public BigDecimal amountFor(OutcomeStage stage) {
        return stage == OutcomeStage.COMPLETION ? stage1Amount : stage2Amount;
    }

    public boolean qualifies(String dischargeCode) {
        return qualifyingDischargeCodes.contains(dischargeCode.strip());
    }

    /** The codes in order, for messages: "80, 81". */
    String codesInOrder() {
        return String.join(", ", new TreeSet<>(qualifyingDischargeCodes));
    }

    @Override
    public Optional<BigDecimal> maximumAnnualPayment() {
        return Optional.ofNullable(annualCap).map(cap -> cap.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public String kind() {
        return "PAYMENT_BY_OUTCOMES";
    }
}
