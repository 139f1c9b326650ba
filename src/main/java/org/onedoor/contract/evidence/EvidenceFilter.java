package org.onedoor.contract.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of a query that picks the snapshot's rows a contract counts: its settings, agency codes (agency or
 * operating agency) and GP practices. Bound as named parameters; an empty set adds no condition.
 */
final class EvidenceFilter {

    private final UUID snapshot;
    private final EvidenceOptions options;

    EvidenceFilter(UUID snapshot, EvidenceOptions options) {
        this.snapshot = snapshot;
        this.options = options;
    }

    /** Conditions on the rows of alias {@code i}, starting with the snapshot. */
    String where(String i) {
        List<String> terms = new ArrayList<>();
        terms.add(i + ".snapshot_id = :snapshot");
        if (!options.settings().isEmpty()) {
            terms.add(i + ".setting_code in (:settings)");
        }
        if (!options.agencyCodes().isEmpty()) {
            terms.add("(" + i + ".agency_code in (:agencies) or " + i + ".operating_agency_code in (:agencies))");
        }
        if (!options.organisationCodes().isEmpty()) {
            terms.add(i + ".practice_code in (:practices)");
        }
        return String.join(" and ", terms);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = statement.param("snapshot", snapshot);
        if (!options.settings().isEmpty()) {
            bound = bound.param("settings", List.copyOf(options.settings()));
        }
        if (!options.agencyCodes().isEmpty()) {
            bound = bound.param("agencies", List.copyOf(options.agencyCodes()));
        }
        if (!options.organisationCodes().isEmpty()) {
            bound = bound.param("practices", List.copyOf(options.organisationCodes()));
        }
        return bound;
    }
}
