package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCoreRule;
import org.onedoor.contract.rules.QualityWithhold.KpiRelease;

/**
 * The checks of each kind of rule; each problem goes to {@code error} with the rule's name and the setting
 * at fault.
 */
final class RuleChecks {

    /** Receives one problem: the rule's name, where it is ({@code rules[2].coreAnnualValue}) and the message. */
    interface Problems {
        void add(String rule, String at, String message);
    }

    private final Problems error;
    private final Set<String> knownDischargeCodes;
    private final List<PaymentRule> rules;

    private int index;

    RuleChecks(Problems error, Set<String> knownDischargeCodes, List<PaymentRule> rules) {
        this.error = error;
        this.knownDischargeCodes = knownDischargeCodes;
        this.rules = rules;
    }

    void check(int position, PaymentRule rule) {
        index = position;
        if (rule instanceof BlockPayment block) {
            notNegative(rule, "annualAmount", "The annual amount", block.annualAmount());
            if (block.instalments() < 1 || block.instalments() > 12) {
                error(rule, "instalments", "Instalments must be 1 to 12 a year, not " + block.instalments());
            }
        } else if (rule instanceof Retainer retainer) {
            notNegative(
                    rule, "amountPerPracticePerYear", "The retainer per practice", retainer.amountPerPracticePerYear());
            notNegative(
                    rule,
                    "legacyRatePerClientMonth",
                    "The legacy rate per patient per month",
                    retainer.legacyRatePerClientMonth());
            if (retainer.practices() < 0) {
                error(rule, "practices", "The number of practices cannot be negative");
            }
        } else if (rule instanceof PerClientPerMonth output) {
            output(output);
        } else if (rule instanceof PaymentByOutcomes outcomes) {
            outcomes(outcomes);
        } else if (rule instanceof OutcomeMeasurePayment measure) {
            notNegative(rule, "amountPerClient", "The amount per client", measure.amount());
            notNegative(rule, "annualCap", "The annual cap", measure.annualCap());
        } else if (rule instanceof QualityWithhold withhold) {
            withhold(withhold);
        }
    }

    private void output(PerClientPerMonth rule) {
        notNegative(rule, "coreAnnualValue", "The core annual value", rule.coreAnnualValue());
        if (rule.coreAverageClients() <= 0) {
            error(rule, "coreAverageClients", "The core average must be at least one client a month");
        }
        if (rule.stretch().averageClients() < rule.coreAverageClients()) {
            error(
                    rule,
                    "stretchAverageClients",
                    "The stretch average (" + rule.stretch().averageClients() + ") is below the core average ("
                            + rule.coreAverageClients() + ")");
        }
        notNegative(rule, "upliftPercent", "The stretch uplift", rule.stretch().upliftPercent());
        if (rule.cap() != null) {
            if (rule.cap().clientMonthsPerYear() < rule.coreClientMonths()) {
                error(
                        rule,
                        "capClientMonths",
                        "The cap of " + Pounds.count(rule.cap().clientMonthsPerYear())
                                + " client-months a year is below the core of " + Pounds.count(rule.coreClientMonths())
                                + " (" + rule.coreAverageClients() + " clients × 12): raise the cap or lower the core");
            }
            BigDecimal pounds = rule.cap().amountPerYear();
            if (pounds != null && pounds.compareTo(rule.coreAnnualValue()) < 0) {
                error(
                        rule,
                        "capAmount",
                        "The cap of " + Pounds.format(pounds) + " a year is below the core value "
                                + Pounds.format(rule.coreAnnualValue()));
            }
        }
        BigDecimal collar = rule.belowCore().collarPerYear();
        if (rule.belowCore().rule() == BelowCoreRule.COLLAR && collar == null) {
            error(rule, "collar", "A collar needs its amount a year");
        }
        notNegative(rule, "collar", "The collar", collar);
    }

    private void outcomes(PaymentByOutcomes rule) {
        notNegative(rule, "completionAmount", "The stage 1 amount", rule.stage1Amount());
        notNegative(rule, "sustainedAmount", "The stage 2 amount", rule.stage2Amount());
        notNegative(rule, "annualCap", "The annual cap", rule.annualCap());
        if (rule.qualifyingDischargeCodes().isEmpty()) {
            error(
                    rule,
                    "dischargeCodes",
                    "No qualifying discharge codes: list the codes that count as a successful"
                            + " completion, such as 80 and 81");
        }
        Set<String> unknown = new TreeSet<>();
        for (String code : rule.qualifyingDischargeCodes()) {
            if (code.isBlank()) {
                error(rule, "dischargeCodes", "A qualifying discharge code is blank");
            } else if (!knownDischargeCodes.contains(code.strip())) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            error(
                    rule,
                    "dischargeCodes",
                    "Unknown discharge code" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                            + ": use codes from the discharge reason list (80-89, 93-97)");
        }
    }

    private void withhold(QualityWithhold rule) {
        if (rule.percent().signum() < 0 || rule.percent().compareTo(Pounds.HUNDRED) > 0) {
            error(rule, "percent", "The withhold must be 0% to 100%, not " + Pounds.percent(rule.percent()));
        }
        if (rule.appliesTo().isEmpty()) {
            error(rule, "appliesTo", "Name the rules the withhold applies to");
        }
        for (String name : rule.appliesTo()) {
            List<PaymentRule> named =
                    rules.stream().filter(other -> other.name().equals(name)).toList();
            if (named.isEmpty()) {
                error(rule, "appliesTo", "Applies to \"" + name + "\", which is not a rule of this contract");
            } else if (named.stream().anyMatch(QualityWithhold.class::isInstance)) {
                error(rule, "appliesTo", "Applies to \"" + name + "\", another withhold: name payment rules only");
            }
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (KpiRelease kpi : rule.kpis()) {
            if (kpi.kpi().isBlank()) {
                error(rule, "kpis", "A KPI has no name");
            }
            notNegative(rule, "kpis", "The share of " + kpi.kpi(), kpi.sharePercent());
            shares = shares.add(kpi.sharePercent());
        }
        if (!rule.kpis().isEmpty() && shares.compareTo(Pounds.HUNDRED) != 0) {
            error(rule, "kpis", "The KPI shares add up to " + Pounds.percent(shares) + ", not 100%");
        }
    }

    private void notNegative(PaymentRule rule, String setting, String what, @Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            error(rule, setting, what + " cannot be negative (" + value.toPlainString() + ")");
        }
    }

    private void error(PaymentRule rule, String setting, String message) {
        error.add(rule.name(), PaymentRuleValidation.at(index, setting), message);
    }
}
