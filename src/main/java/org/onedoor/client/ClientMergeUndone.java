package org.onedoor.client;

import java.util.UUID;

/**
 * A merge was undone: the duplicate is a record of its own again, with the rows first recorded for it. Published
 * inside the undo's transaction; modules move back exactly the rows their ledger says the merge moved.
 */
public record ClientMergeUndone(ClientId survivorId, ClientId duplicateId, UUID mergeId) {}
