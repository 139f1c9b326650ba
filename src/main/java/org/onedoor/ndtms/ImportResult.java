package org.onedoor.ndtms;

import java.util.Set;

/**
 * What loading an NDTMS file did: {@link Outcome#LOADED} its rows, replacing {@code replacedRows} earlier rows of the
 * same agencies; or {@link Outcome#UNCHANGED} because the same file (by SHA-256) is already the one in force, in which
 * case {@code id} is that earlier import and nothing was written.
 */
public record ImportResult(
        NdtmsImportId id, Outcome outcome, String sha256, int rowCount, int replacedRows, Set<String> agencies) {

    public enum Outcome {
        LOADED,
        UNCHANGED
    }
}
