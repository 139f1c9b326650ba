package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.onedoor.contract.rules.RuleFindings.Finding;
import org.onedoor.shared.Messages;

/**
 * Checks a contract's rules in one pass and reports every problem: periods of one rule that overlap, negative
 * amounts, a cap below the core, unknown discharge codes, a withhold outside 0-100%; and warns when a year's funding
 * does not cover the most the rules can pay in it.
 */
public final class PaymentRuleValidation {

    /** The current DISRSN family (80-89, 93-97), used when the caller does not pass the contract's code list. */
    public static final Set<String> DISCHARGE_CODES =
            Set.of("80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "93", "94", "95", "96", "97");

    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();

    private PaymentRuleValidation() {}

    public static RuleFindings validate(ContractRules contract) {
        return validate(contract, DISCHARGE_CODES);
    }

    public static RuleFindings validate(ContractRules contract, Set<String> knownDischargeCodes) {
        PaymentRuleValidation validation = new PaymentRuleValidation();
        RuleChecks checks = new RuleChecks(validation::error, knownDischargeCodes, contract.rules());
        for (int i = 0; i < contract.rules().size(); i++) {
            validation.common(i, contract.rules().get(i));
            checks.check(i, contract.rules().get(i));
        }
        validation.overlaps(contract.rules());
        validation.funding(contract);
        return new RuleFindings(validation.errors, validation.warnings);
    }

    private void error(String rule, String at, String message) {
        errors.add(new Finding(rule, message, at));
    }

    static String at(int index, String setting) {
        return "rules[" + index + "]." + setting;
    }

    private void common(int index, PaymentRule rule) {
        if (rule.name().isBlank()) {
            error("", at(index, "name"), Messages.text("contract.rule.name.required", kind(rule)));
        }
        if (rule.period().isBackwards()) {
            error(
                    rule.name(),
                    at(index, "to"),
                    Messages.text(
                            "contract.rule.period.backwards",
                            rule.period().to(),
                            rule.period().from()));
        }
    }

    private void overlaps(List<PaymentRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                PaymentRule a = rules.get(i);
                PaymentRule b = rules.get(j);
                if (a.name().equals(b.name()) && a.period().overlaps(b.period())) {
                    error(
                            a.name(),
                            at(j, "from"),
                            Messages.text("contract.rule.period.overlap", a.period(), b.period()));
                }
            }
        }
    }

    private void funding(ContractRules contract) {
        Set<FinancialYear> years = new TreeSet<>(java.util.Comparator.comparingInt(FinancialYear::startYear));
        contract.funding().forEach(stream -> years.add(stream.year()));
        for (FinancialYear year : years) {
            BigDecimal funded = Pounds.sum(contract.funding().stream()
                    .filter(stream -> stream.year().equals(year))
                    .map(ContractRules.Funding::amount)
                    .toList());
            BigDecimal maximum = Pounds.ZERO;
            for (PaymentRule rule : contract.rules()) {
                if (rule.period().overlaps(year)) {
                    Optional<BigDecimal> most = rule.maximumAnnualPayment();
                    if (most.isEmpty()) {
                        warnings.add(new Finding(
                                rule.name(),
                                Messages.text("contract.rule.warning.noCap", year),
                                at(contract.rules().indexOf(rule), "name")));
                    }
                    maximum = maximum.add(most.orElse(BigDecimal.ZERO));
                }
            }
            if (funded.compareTo(maximum) < 0) {
                warnings.add(new Finding(
                        "",
                        Messages.text(
                                "contract.rule.warning.notCovered",
                                year,
                                Pounds.format(funded),
                                Pounds.format(maximum),
                                Pounds.format(maximum.subtract(funded))),
                        "funding"));
            }
        }
    }

    private static String kind(PaymentRule rule) {
        return rule.getClass().getSimpleName();
    }
}
