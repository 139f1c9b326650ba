package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PaymentRuleValidation;
import org.onedoor.contract.rules.RuleFindings;
import org.onedoor.shared.Messages;

/**
 * Reads the funding lines and payment rules of the contract editor and runs the rule checks every contract passes
 * ({@link PaymentRuleValidation}, as the document reader does), putting each finding at its field. The evidence
 * options follow the rules as they do for a document: the outcome rules' discharge codes and window.
 */
final class RulesPartBinder {

    /** The rules and funding read, with the evidence options they imply; null rules when there were problems. */
    record Bound(@Nullable ContractRules rules, EvidenceOptions evidence) {}

    private static final Pattern RULE = Pattern.compile("rules\\[(\\d+)]");

    private final TypedValues typed;

    RulesPartBinder(TypedValues typed) {
        this.typed = typed;
    }

    Bound read(String reference, EditorForms.RulesPart form, YearMonth termStart, EvidenceOptions evidence) {
        List<ContractRules.Funding> funding = funding(form.funding);
        List<PaymentRule> rules = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        boolean complete = true;
        EvidenceOptions options = evidence;
        for (int i = 0; i < form.rules.size(); i++) {
            RuleBinder binder = new RuleBinder(typed, i);
            PaymentRule rule = binder.read(form.rules.get(i), termStart);
            Integer window = binder.window(form.rules.get(i));
            if (window != null) {
                options = options.withWindow(window);
            }
            if (rule instanceof PaymentByOutcomes outcomes
                    && !outcomes.qualifyingDischargeCodes().isEmpty()) {
                options = options.qualifying(outcomes.qualifyingDischargeCodes());
            }
            if (rule == null) {
                complete = false;
            } else {
                rules.add(rule);
                positions.add(i);
            }
        }
        complete &= !funding.contains(null);
        ContractRules contract = new ContractRules(
                reference, rules, funding.stream().filter(Objects::nonNull).toList());
        RuleFindings findings = PaymentRuleValidation.validate(contract);
        for (RuleFindings.Finding error : findings.errors()) {
            typed.problems().add(onForm(error.at(), positions), error.toString());
        }
        return new Bound(complete && findings.valid() ? contract : null, options);
    }

    /** A finding's place among the rules that could be read, as its place on the form. */
    private static String onForm(String at, List<Integer> positions) {
        Matcher rule = RULE.matcher(at);
        return rule.lookingAt()
                ? "rules[" + positions.get(Integer.parseInt(rule.group(1))) + "]" + at.substring(rule.end())
                : at;
    }

    /** The warnings of rules that are valid (funding that does not cover what they can pay), for the page. */
    static List<String> warnings(ContractRules rules) {
        return PaymentRuleValidation.validate(rules).warningMessages();
    }

    private List<ContractRules.@Nullable Funding> funding(List<EditorForms.FundingForm> lines) {
        List<ContractRules.Funding> funding = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EditorForms.FundingForm line = lines.get(i);
            if (TypedValues.blank(line.source) && TypedValues.blank(line.year) && TypedValues.blank(line.amount)) {
                continue;
            }
            String at = "funding[" + i + "].";
            String source = typed.text(at + "source", line.source, "the source of funding line " + (i + 1), 200);
            FinancialYear year = typed.financialYear(at + "year", line.year);
            BigDecimal amount = typed.money(at + "amount", line.amount, "the amount of funding line " + (i + 1));
            if (amount != null && amount.signum() < 0) {
                typed.problems().add(at + "amount", Messages.text("contract.funding.amount.negative", i + 1));
                amount = null;
            }
            funding.add(
                    RuleBinder.allGiven(source, year, amount) ? new ContractRules.Funding(source, year, amount) : null);
        }
        return funding;
    }
}
