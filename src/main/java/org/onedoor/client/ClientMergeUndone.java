package org.onedoor.client;

import java.util.UUID;

/** A merge was undone: the duplicate is a record of its own again, with the rows first recorded for it. */
public record ClientMergeUndone(UUID survivorId, UUID duplicateId, UUID mergeId) {
}
