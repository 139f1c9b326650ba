package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCoreRule;
import org.onedoor.contract.rules.QualityWithhold.KpiRelease;

/** The checks of each kind of rule; each problem goes to {@code error} with the rule's name. */
final class RuleChecks {

    private final BiConsumer<String, String> error;
    private final Set<String> knownDischargeCodes;
    private final List<PaymentRule> rules;

    RuleChecks(BiConsumer<String, String> error, Set<String> knownDischargeCodes, List<PaymentRule> rules) {
        this.error = error;
        this.knownDischargeCodes = knownDischargeCodes;
        this.rules = rules;
    }

    void check(PaymentRule rule) {
        if (rule instanceof BlockPayment block) {
            notNegative(rule, "The annual amount", block.annualAmount());
            if (block.instalments() < 1 || block.instalments() > 12) {
                error.accept(rule.name(), "Instalments must be 1 to 12 a year, not " + block.instalments());
            }
        } else if (rule instanceof Retainer retainer) {
            notNegative(rule, "The retainer per practice", retainer.amountPerPracticePerYear());
            notNegative(rule, "The legacy rate per patient per month", retainer.legacyRatePerClientMonth());
            if (retainer.practices() < 0) {
                error.accept(rule.name(), "The number of practices cannot be negative");
            }
        } else if (rule instanceof PerClientPerMonth output) {
            output(output);
        } else if (rule instanceof PaymentByOutcomes outcomes) {
            outcomes(outcomes);
        } else if (rule instanceof QualityWithhold withhold) {
            withhold(withhold);
        }
    }

    private void output(PerClientPerMonth rule) {
        notNegative(rule, "The core annual value", rule.coreAnnualValue());
        if (rule.coreAverageClients() <= 0) {
            error.accept(rule.name(), "The core average must be at least one client a month");
        }
        if (rule.stretch().averageClients() < rule.coreAverageClients()) {
            error.accept(rule.name(), "The stretch average (" + rule.stretch().averageClients()
                    + ") is below the core average (" + rule.coreAverageClients() + ")");
        }
        notNegative(rule, "The stretch uplift", rule.stretch().upliftPercent());
        if (rule.cap() != null) {
            if (rule.cap().clientMonthsPerYear() < rule.coreClientMonths()) {
                error.accept(rule.name(), "The cap of " + Pounds.count(rule.cap().clientMonthsPerYear())
                        + " client-months a year is below the core of " + Pounds.count(rule.coreClientMonths())
                        + " (" + rule.coreAverageClients() + " clients × 12): raise the cap or lower the core");
            }
            BigDecimal pounds = rule.cap().amountPerYear();
            if (pounds != null && pounds.compareTo(rule.coreAnnualValue()) < 0) {
                error.accept(rule.name(), "The cap of " + Pounds.format(pounds) + " a year is below the core value "
                        + Pounds.format(rule.coreAnnualValue()));
            }
        }
        BigDecimal collar = rule.belowCore().collarPerYear();
        if (rule.belowCore().rule() == BelowCoreRule.COLLAR && collar == null) {
            error.accept(rule.name(), "A collar needs its amount a year");
        }
        notNegative(rule, "The collar", collar);
    }

    private void outcomes(PaymentByOutcomes rule) {
        notNegative(rule, "The stage 1 amount", rule.stage1Amount());
        notNegative(rule, "The stage 2 amount", rule.stage2Amount());
        notNegative(rule, "The annual cap", rule.annualCap());
        if (rule.qualifyingDischargeCodes().isEmpty()) {
            error.accept(rule.name(), "No qualifying discharge codes: list the codes that count as a successful"
                    + " completion, such as 80 and 81");
        }
        Set<String> unknown = new TreeSet<>();
        for (String code : rule.qualifyingDischargeCodes()) {
            if (code.isBlank()) {
                error.accept(rule.name(), "A qualifying discharge code is blank");
            } else if (!knownDischargeCodes.contains(code.strip())) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            error.accept(rule.name(), "Unknown discharge code" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ": use codes from the discharge reason list (80-89, 93-97)");
        }
    }

    private void withhold(QualityWithhold rule) {
        if (rule.percent().signum() < 0 || rule.percent().compareTo(Pounds.HUNDRED) > 0) {
            error.accept(rule.name(), "The withhold must be 0% to 100%, not " + Pounds.percent(rule.percent()));
        }
        if (rule.appliesTo().isEmpty()) {
            error.accept(rule.name(), "Name the rules the withhold applies to");
        }
        for (String name : rule.appliesTo()) {
            List<PaymentRule> named = rules.stream().filter(other -> other.name().equals(name)).toList();
            if (named.isEmpty()) {
                error.accept(rule.name(), "Applies to \"" + name + "\", which is not a rule of this contract");
            } else if (named.stream().anyMatch(QualityWithhold.class::isInstance)) {
                error.accept(rule.name(), "Applies to \"" + name + "\", another withhold: name payment rules only");
            }
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (KpiRelease kpi : rule.kpis()) {
            if (kpi.kpi().isBlank()) {
                error.accept(rule.name(), "A KPI has no name");
            }
            notNegative(rule, "The share of " + kpi.kpi(), kpi.sharePercent());
            shares = shares.add(kpi.sharePercent());
        }
        if (!rule.kpis().isEmpty() && shares.compareTo(Pounds.HUNDRED) != 0) {
            error.accept(rule.name(), "The KPI shares add up to " + Pounds.percent(shares) + ", not 100%");
        }
    }

    private void notNegative(PaymentRule rule, String what, @Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            error.accept(rule.name(), what + " cannot be negative (" + value.toPlainString() + ")");
        }
    }
}
