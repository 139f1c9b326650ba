package org.onedoor.contract.runs;

import java.time.Duration;
import java.util.List;
import org.onedoor.contract.evidence.EvidenceSnapshot;

/**
 * What a month end did: the snapshot it took, the statements it stored (in the order of the contracts asked for),
 * and how long each part took, for the operator's log and the benchmark.
 *
 * @param snapshotTaking the checks and the snapshot of recorded treatment
 * @param counting       reading the evidence (clients per month, completions, sustained exits) for every contract
 * @param computing      the payment engine, adjustments included
 * @param storing        the statements, runs, lines and evidence keys
 */
public record MonthEndRun(
        EvidenceSnapshot snapshot,
        List<Statement> statements,
        Duration snapshotTaking,
        Duration counting,
        Duration computing,
        Duration storing) {

    public MonthEndRun {
        statements = List.copyOf(statements);
    }

    public Duration whole() {
        return snapshotTaking.plus(counting).plus(computing).plus(storing);
    }
}
