package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.PerClientPerMonth.BelowCoreRule;
import org.onedoor.contract.rules.QualityWithhold.IndicatorRelease;
import org.onedoor.contract.rules.QualityWithhold.Release;
import org.onedoor.shared.Messages;

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
                error(rule, "instalments", Messages.text("contract.rule.instalments.outOfRange", block.instalments()));
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
                error(rule, "practices", Messages.text("contract.rule.practices.negative"));
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
            error(rule, "coreAverageClients", Messages.text("contract.rule.coreAverageClients.tooFew"));
        }
        if (rule.stretch().averageClients() < rule.coreAverageClients()) {
            error(
                    rule,
                    "stretchAverageClients",
                    Messages.text(
                            "contract.rule.stretchAverageClients.belowCore",
                            rule.stretch().averageClients(),
                            rule.coreAverageClients()));
        }
        notNegative(rule, "upliftPercent", "The stretch uplift", rule.stretch().upliftPercent());
        if (rule.cap() != null) {
            if (rule.cap().clientMonthsPerYear() < rule.coreClientMonths()) {
                error(
                        rule,
                        "capClientMonths",
                        Messages.text(
                                "contract.rule.capClientMonths.belowCore",
                                Pounds.count(rule.cap().clientMonthsPerYear()),
                                Pounds.count(rule.coreClientMonths()),
                                rule.coreAverageClients()));
            }
            BigDecimal pounds = rule.cap().amountPerYear();
            if (pounds != null && pounds.compareTo(rule.coreAnnualValue()) < 0) {
                error(
                        rule,
                        "capAmount",
                        Messages.text(
                                "contract.rule.capAmount.belowCore",
                                Pounds.format(pounds),
                                Pounds.format(rule.coreAnnualValue())));
            }
        }
        BigDecimal collar = rule.belowCore().collarPerYear();
        if (rule.belowCore().rule() == BelowCoreRule.COLLAR && collar == null) {
            error(rule, "collar", Messages.text("contract.rule.collar.required"));
        }
        notNegative(rule, "collar", "The collar", collar);
    }

    private void outcomes(PaymentByOutcomes rule) {
        notNegative(rule, "completionAmount", "The stage 1 amount", rule.stage1Amount());
        notNegative(rule, "sustainedAmount", "The stage 2 amount", rule.stage2Amount());
        notNegative(rule, "annualCap", "The annual cap", rule.annualCap());
        if (rule.qualifyingDischargeCodes().isEmpty()) {
            error(rule, "dischargeCodes", Messages.text("contract.rule.dischargeCodes.required"));
        }
        Set<String> unknown = new TreeSet<>();
        for (String code : rule.qualifyingDischargeCodes()) {
            if (code.isBlank()) {
                error(rule, "dischargeCodes", Messages.text("contract.rule.dischargeCodes.blank"));
            } else if (!knownDischargeCodes.contains(code.strip())) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            error(
                    rule,
                    "dischargeCodes",
                    unknown.size() > 1
                            ? Messages.text("contract.rule.dischargeCodes.unknownMany", String.join(", ", unknown))
                            : Messages.text("contract.rule.dischargeCodes.unknown", String.join(", ", unknown)));
        }
    }

    private void withhold(QualityWithhold rule) {
        if (rule.percent().signum() < 0 || rule.percent().compareTo(Pounds.HUNDRED) > 0) {
            error(rule, "percent", Messages.text("contract.rule.percent.outOfRange", Pounds.percent(rule.percent())));
        }
        if (rule.appliesTo().isEmpty()) {
            error(rule, "appliesTo", Messages.text("contract.rule.appliesTo.required"));
        }
        for (String name : rule.appliesTo()) {
            List<PaymentRule> named =
                    rules.stream().filter(other -> other.name().equals(name)).toList();
            if (named.isEmpty()) {
                error(rule, "appliesTo", Messages.text("contract.rule.appliesTo.unknown", name));
            } else if (named.stream().anyMatch(QualityWithhold.class::isInstance)) {
                error(rule, "appliesTo", Messages.text("contract.rule.appliesTo.withhold", name));
            }
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (Release kpi : rule.kpis()) {
            if (kpi.kpi().isBlank()) {
                error(rule, "kpis", Messages.text("contract.rule.kpis.noName"));
            } else if (kpi instanceof IndicatorRelease indicator) {
                IndicatorThresholds.check(indicator).ifPresent(problem -> error(rule, "kpis", problem));
            }
            notNegative(rule, "kpis", "The share of " + kpi.kpi(), kpi.sharePercent());
            shares = shares.add(kpi.sharePercent());
        }
        if (!rule.kpis().isEmpty() && shares.compareTo(Pounds.HUNDRED) != 0) {
            error(rule, "kpis", Messages.text("contract.rule.kpis.notWhole", Pounds.percent(shares)));
        }
    }

    private void notNegative(PaymentRule rule, String setting, String what, @Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            error(rule, setting, Messages.text("contract.rule.negative", what, value.toPlainString()));
        }
    }

    private void error(PaymentRule rule, String setting, String message) {
        error.add(rule.name(), PaymentRuleValidation.at(index, setting), message);
    }
}
