package org.onedoor.contract.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contracts one pass over a snapshot counts for, numbered 0, 1, 2 …: each chooses its rows by its agency codes
 * (matched against the agency or the operating agency, as {@link EvidenceFilter} does), or a single contract takes
 * every row its other filters let through. {@link #rows} is the snapshot's rows with a {@code contract_no} column,
 * a row once for each contract that counts it (twice when both its codes are the same contract's, which the
 * distinct counts and the grouping by episode absorb), so the evidence SQL groups by contract instead of being
 * asked contract by contract; a single contract's run is the same SQL with one group.
 */
final class ContractGroups {

    private final List<Set<String>> agencies;

    private ContractGroups(List<Set<String>> agencies) {
        this.agencies = agencies;
    }

    /** One contract, choosing its rows by the options' agency codes, or by none. */
    static ContractGroups one(EvidenceOptions options) {
        return options.agencyCodes().isEmpty()
                ? new ContractGroups(List.of())
                : new ContractGroups(List.of(options.agencyCodes()));
    }

    /** The contracts in order, each with its agency codes (none may be empty). */
    static ContractGroups byAgencies(List<Set<String>> agencies) {
        if (agencies.stream().anyMatch(Set::isEmpty)) {
            throw new IllegalArgumentException("Each contract of a grouped run chooses its rows by agency code");
        }
        return new ContractGroups(List.copyOf(agencies));
    }

    int size() {
        return agencies.isEmpty() ? 1 : agencies.size();
    }

    /**
     * The rows {@code from} (a table or subquery with alias {@code i}) that {@code where} lets through, as
     * {@code contract_no} and the columns named, as a subquery with alias {@code alias}.
     */
    String rows(String from, String where, String columns, String alias) {
        String select = "select %s, " + columns + " from " + from;
        if (agencies.isEmpty()) {
            return "(" + select.formatted("0 as contract_no") + " where " + where + ") " + alias;
        }
        String groups = " join (values " + valuesRows() + ") as g (contract_no, agency_code) on g.agency_code = ";
        return "(" + select.formatted("g.contract_no") + groups + "i.agency_code where " + where
                + " union all " + select.formatted("g.contract_no") + groups + "i.operating_agency_code where "
                + where + ") " + alias;
    }

    /** The options without agency codes: the groups choose the rows by agency. */
    static EvidenceOptions withoutAgencies(EvidenceOptions options) {
        return options.atAgencies(Set.of());
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = statement;
        int row = 0;
        for (int n = 0; n < agencies.size(); n++) {
            for (String code : agencies.get(n)) {
                bound = bound.param("gc_" + row, n).param("ga_" + row, code);
                row++;
            }
        }
        return bound;
    }

    private String valuesRows() {
        List<String> rows = new ArrayList<>();
        int row = 0;
        for (Set<String> codes : agencies) {
            for (int k = 0; k < codes.size(); k++) {
                rows.add("(cast(:gc_%1$d as integer), cast(:ga_%1$d as varchar(20)))".formatted(row++));
            }
        }
        return String.join(", ", rows);
    }
}
