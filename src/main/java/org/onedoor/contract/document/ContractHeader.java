package org.onedoor.contract.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a contract is between and for how long: commissioners, the lead provider, the services covered, a term of
 * years with optional extensions ("three years plus two") and a break clause, and where it is in its lifecycle.
 */
public record ContractHeader(
        String reference,
        String name,
        List<String> commissioners,
        String leadProvider,
        List<String> services,
        Term term,
        Status status) {

    public ContractHeader {
        commissioners = List.copyOf(commissioners);
        services = List.copyOf(services);
    }

    /** Draft while it is being agreed, active while it pays, ended after its term or break. */
    public enum Status {
        DRAFT,
        ACTIVE,
        ENDED
    }

    /** The initial term from {@code start}, then extensions of whole years each, and an optional break clause. */
    public record Term(
            LocalDate start,
            int years,
            List<Integer> extensions,
            @Nullable BreakClause breakClause) {

        public Term {
            extensions = List.copyOf(extensions);
        }

        /** The last day of the initial term. */
        public LocalDate initialEnd() {
            return start.plusYears(years).minusDays(1);
        }

        /** The last day if every extension is taken. */
        public LocalDate longestEnd() {
            return start.plusYears(years
                            + extensions.stream().mapToInt(Integer::intValue).sum())
                    .minusDays(1);
        }
    }

    /** Either party may end the contract from {@code earliest} with the stated notice. */
    public record BreakClause(LocalDate earliest, int noticeMonths) {}
}
