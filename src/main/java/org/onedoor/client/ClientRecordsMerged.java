package org.onedoor.client;

import java.util.UUID;

/**
 * A duplicate record was merged into the survivor: its care team, consent, alerts, substances and timeline now
 * belong to the survivor. Modules holding their own rows about the duplicate may follow it.
 */
public record ClientRecordsMerged(UUID survivorId, UUID duplicateId, UUID mergeId) {
}
