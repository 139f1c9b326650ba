package org.onedoor.contract.runs;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.shared.DomainRuleViolation;

/**
 * Statements are approved in month order with no month left out, from the contract's first statement: a month
 * skipped would never be paid, because later runs true up approved months only, and a month cannot be run once a
 * later one is approved.
 */
final class ApprovalOrder {

    private ApprovalOrder() {}

    static void check(StatementRow approving, List<StatementRow> statements) {
        Map<YearMonth, StatementRow> byMonth =
                statements.stream().collect(Collectors.toMap(StatementRow::month, Function.identity()));
        YearMonth first = statements.stream()
                .map(StatementRow::month)
                .min(YearMonth::compareTo)
                .orElse(approving.month());
        for (YearMonth month = first; month.isBefore(approving.month()); month = month.plusMonths(1)) {
            StatementRow earlier = byMonth.get(month);
            if (earlier == null || earlier.status() != StatementStatus.APPROVED) {
                throw new DomainRuleViolation(
                        "APPROVAL_ORDER",
                        "status",
                        "Approve " + month + " first: "
                                + approving.contractReference()
                                + "'s statements are approved in month order from its first"
                                + " statement (" + first + "), and " + month
                                + (earlier == null ? " has not been run yet" : " is still a draft"));
            }
        }
    }
}
