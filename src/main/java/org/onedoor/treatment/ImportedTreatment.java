package org.onedoor.treatment;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One client's treatment history for {@link TreatmentImport}: the episodes in order, one after another. */
public record ImportedTreatment(UUID clientId, List<ImportedEpisode> episodes) {

    public ImportedTreatment {
        Objects.requireNonNull(clientId, "clientId");
        episodes = List.copyOf(episodes);
    }
}
