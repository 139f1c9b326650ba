package org.onedoor.contract.whatif;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.StatementLine;
import org.onedoor.contract.rules.YearStatement;

/**
 * What one scenario would have paid over the compared months: the engine's statements (every line explaining
 * itself), and the same money by month, by financial year and by GP practice. The three views add up to the same
 * total to the penny.
 *
 * @param statements one per financial year touched, holding only the compared months' lines
 * @param byMonth    every compared month, in order, £0.00 where nothing was paid
 * @param byYear     the financial years in order
 * @param byPractice the practices in code order, then {@link PracticeAmount#NOT_BY_PRACTICE} if it has money
 */
public record ScenarioResult(
        Scenario scenario,
        List<YearStatement> statements,
        Map<YearMonth, BigDecimal> byMonth,
        Map<FinancialYear, BigDecimal> byYear,
        List<PracticeAmount> byPractice,
        BigDecimal total) {

    public ScenarioResult {
        statements = List.copyOf(statements);
        byPractice = List.copyOf(byPractice);
    }

    /** What one rule of the scenario paid over the compared months. */
    public BigDecimal totalOf(String rule) {
        return statements.stream()
                .flatMap(s -> s.linesOf(rule).stream())
                .map(StatementLine::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
