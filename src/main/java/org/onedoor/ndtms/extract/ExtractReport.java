package org.onedoor.ndtms.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The validation report of one agency's extract for a month: what would go, what is held back, and every problem.
 *
 * @param records  records that go in the file
 * @param withheld records held back by at least one error
 * @param problems every problem of every record, errors and warnings, in record order
 */
public record ExtractReport(
        UUID providerId,
        String providerName,
        String agencyCode,
        YearMonth month,
        LocalDate yearStart,
        LocalDate cutOff,
        int records,
        int withheld,
        List<ExtractProblem> problems) {

    public ExtractReport {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(ExtractProblem::error).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** How many times each problem occurs, by code in code order: the summary above a long list. */
    public java.util.SortedMap<String, Long> countsByCode() {
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        for (ExtractProblem problem : problems) {
            counts.merge(problem.code() + " " + problem.field(), 1L, Long::sum);
        }
        return counts;
    }
}
