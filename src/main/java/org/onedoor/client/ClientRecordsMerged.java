package org.onedoor.client;

import java.util.UUID;

/**
 * A duplicate record was merged into the survivor: its care team, consent, alerts, substances and timeline now
 * belong to the survivor. Published inside the merge's transaction: modules holding their own rows about the
 * duplicate follow it with a synchronous {@code @EventListener} and {@link MergedRows}, so a merge is all or nothing.
 */
public record ClientRecordsMerged(ClientId survivorId, ClientId duplicateId, UUID mergeId) {}
