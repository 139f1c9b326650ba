package org.onedoor.contract.web;

import java.util.stream.Collectors;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.document.ContractHeader.BreakClause;
import org.onedoor.contract.document.ContractHeader.Term;
import org.onedoor.shared.DisplayDate;

/** A contract's term in words: "3 years from 1 April 2026 to 31 March 2029, plus an extension of 2 years". */
final class TermText {

    private TermText() {}

    static String of(Term term) {
        StringBuilder text = new StringBuilder(years(term.years()))
                .append(" from ")
                .append(DisplayDate.DAY.format(term.start()))
                .append(" to ")
                .append(DisplayDate.DAY.format(term.initialEnd()));
        if (!term.extensions().isEmpty()) {
            text.append(", plus ")
                    .append(term.extensions().size() == 1 ? "an extension of " : "extensions of ")
                    .append(term.extensions().stream().map(TermText::years).collect(Collectors.joining(" and ")))
                    .append(" (to ")
                    .append(DisplayDate.DAY.format(term.longestEnd()))
                    .append(" if taken)");
        }
        return text.toString();
    }

    static String breakClause(ContractHeader header) {
        BreakClause clause = header.term().breakClause();
        if (clause == null) {
            return "None";
        }
        return "From " + DisplayDate.DAY.format(clause.earliest()) + ", with " + clause.noticeMonths()
                + (clause.noticeMonths() == 1 ? " month’s" : " months’") + " notice";
    }

    private static String years(int years) {
        return years + (years == 1 ? " year" : " years");
    }
}
