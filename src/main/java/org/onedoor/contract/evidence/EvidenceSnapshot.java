package org.onedoor.contract.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A frozen copy of treatment activity that payment runs read. Immutable once taken: a correction is a new snapshot,
 * so every statement can quote the snapshot it was computed from.
 *
 * @param asOf     the last day the evidence covers; sustained exits are confirmed only for windows ended by then
 * @param rowCount the intervention rows (an episode without intervention is one row)
 */
public record EvidenceSnapshot(
        UUID id,
        EvidenceSource source,
        Instant takenAt,
        String takenBy,
        LocalDate asOf,
        String description,
        int rowCount) {}
