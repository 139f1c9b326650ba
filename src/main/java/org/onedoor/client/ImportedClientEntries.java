package org.onedoor.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module above adds in bulk to clients already on record ({@link ClientImport#addEntries}): care-team entries
 * (ended already when their work is done) and timeline entries, both as the owning module would have added them.
 */
public record ImportedClientEntries(List<CareTeamEntry> careTeam, List<TimelineEntry> timeline) {

    public ImportedClientEntries {
        careTeam = List.copyOf(careTeam);
        timeline = List.copyOf(timeline);
    }

    /** A care-team entry of one client; {@code endedOn} with its reason when the organisation's part is over. */
    public record CareTeamEntry(
            UUID clientId,
            CareTeamMembership membership,
            @Nullable LocalDate endedOn,
            @Nullable String endReason) {

        public CareTeamEntry {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(membership, "membership");
        }
    }

    /** A timeline entry of one client. */
    public record TimelineEntry(UUID clientId, ImportedClient.Event event) {

        public TimelineEntry {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(event, "event");
        }
    }
}
