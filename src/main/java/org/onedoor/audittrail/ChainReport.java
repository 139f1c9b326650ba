package org.onedoor.audittrail;

import org.jspecify.annotations.Nullable;

/**
 * What {@link ChainVerification#verify()} found.
 *
 * @param entriesChecked  entries whose place and hash were checked (up to and including the first broken one)
 * @param valid           whether every entry and the chain head are as appended
 * @param firstBrokenSeq  the lowest {@code seq} at which the chain is not as appended (for a removed entry, its
 *                        missing {@code seq}); absent when valid
 * @param problem         what is wrong there, in words; absent when valid
 */
public record ChainReport(
        long entriesChecked,
        boolean valid,
        @Nullable Long firstBrokenSeq,
        @Nullable String problem) {

    static ChainReport intact(long entriesChecked) {
        return new ChainReport(entriesChecked, true, null, null);
    }

    static ChainReport broken(long entriesChecked, long seq, String problem) {
        return new ChainReport(entriesChecked, false, seq, problem);
    }

    /** One line for a console or a log. */
    public String summary() {
        return valid
                ? "Audit trail intact: " + entriesChecked + " entries checked."
                : "Audit trail BROKEN at seq " + firstBrokenSeq + ": " + problem + " (" + entriesChecked
                        + " entries checked).";
    }
}
