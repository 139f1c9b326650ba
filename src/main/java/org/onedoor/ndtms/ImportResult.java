package org.onedoor.ndtms;

import java.util.List;
import java.util.Set;

/**
 * What loading an NDTMS file did: {@link Outcome#LOADED} its rows, replacing {@code replacedRows} earlier rows of the
 * same agencies; or {@link Outcome#UNCHANGED} because the same file (by SHA-256) is already the one in force, in which
 * case {@code id} is that earlier import and nothing was written. {@code warnings} are problems that did not stop the
 * load (a client under 18, say).
 */
public record ImportResult(
        NdtmsImportId id,
        Outcome outcome,
        String sha256,
        int rowCount,
        int replacedRows,
        Set<String> agencies,
        List<NdtmsProblem> warnings) {

    public ImportResult {
        agencies = Set.copyOf(agencies);
        warnings = List.copyOf(warnings);
    }

    ImportResult withWarnings(List<NdtmsProblem> found) {
        return new ImportResult(id, outcome, sha256, rowCount, replacedRows, agencies, found);
    }

    public enum Outcome {
        LOADED,
        UNCHANGED
    }
}
