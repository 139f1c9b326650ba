/**
 * Merging two records of one person and undoing a merge: the side-by-side comparison, moving the client module's
 * rows, the links that follow a merged record to its survivor, and the {@link org.onedoor.client.ClientRecordsMerged}
 * and {@link org.onedoor.client.ClientMergeUndone} events that other modules handle in the merge's transaction.
 */
@NullMarked
package org.onedoor.client.merge;

import org.jspecify.annotations.NullMarked;
