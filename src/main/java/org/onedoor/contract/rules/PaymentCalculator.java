package org.onedoor.contract.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onedoor.contract.evidence.ActivityEvidence;

/**
 * Turns a contract's payment rules and the frozen evidence of a financial year into statement lines. Pure
 * arithmetic, no Spring and no database: the same inputs give the same lines on every run, in the server and in the
 * command line. A month's lines depend only on that month and the earlier months of its year, so the monthly
 * statement for October reads the same whether the evidence stops at October or runs to March.
 */
public final class PaymentCalculator {

    /** Every line of the year; refuses rules that do not validate, listing every problem. */
    public YearStatement year(ContractRules contract, ActivityEvidence evidence, FinancialYear year) {
        PaymentRuleValidation.validate(contract).throwIfErrors();
        YearEvidence yearEvidence = new YearEvidence(year, evidence);
        List<RuleLine> lines = new ArrayList<>();
        List<StatementLine> beforeWithholds = new ArrayList<>();
        for (int i = 0; i < contract.rules().size(); i++) {
            PaymentRule rule = contract.rules().get(i);
            if (!(rule instanceof QualityWithhold)) {
                List<StatementLine> ruleLines = linesOf(rule, yearEvidence);
                beforeWithholds.addAll(ruleLines);
                add(lines, i, ruleLines);
            }
        }
        for (int i = 0; i < contract.rules().size(); i++) {
            if (contract.rules().get(i) instanceof QualityWithhold withhold) {
                add(lines, i, WithholdLines.of(withhold, yearEvidence, beforeWithholds));
            }
        }
        lines.sort(Comparator.comparing((RuleLine line) -> line.line().month())
                .thenComparingInt(RuleLine::rule)
                .thenComparingInt(RuleLine::sequence));
        return new YearStatement(
                contract.contract(), year, lines.stream().map(RuleLine::line).toList());
    }

    /** The monthly statement: the lines of one month, computed with the earlier months of its financial year. */
    public List<StatementLine> month(ContractRules contract, ActivityEvidence evidence, YearMonth month) {
        return year(contract, evidence, FinancialYear.of(month)).linesIn(month);
    }

    private static List<StatementLine> linesOf(PaymentRule rule, YearEvidence year) {
        if (rule instanceof BlockPayment block) {
            return BlockPaymentLines.of(block, year);
        }
        if (rule instanceof Retainer retainer) {
            return RetainerLines.of(retainer, year);
        }
        if (rule instanceof PerClientPerMonth output) {
            return PerClientPerMonthLines.of(output, year);
        }
        if (rule instanceof PaymentByOutcomes outcomes) {
            return OutcomeLines.of(outcomes, year);
        }
        if (rule instanceof OutcomeMeasurePayment measure) {
            return MeasureLines.of(measure, year);
        }
        throw new IllegalStateException("No arithmetic for " + rule.getClass().getSimpleName());
    }

    private static void add(List<RuleLine> lines, int rule, List<StatementLine> ruleLines) {
        for (int sequence = 0; sequence < ruleLines.size(); sequence++) {
            lines.add(new RuleLine(rule, sequence, ruleLines.get(sequence)));
        }
    }

    private record RuleLine(int rule, int sequence, StatementLine line) {}
}
