package org.onedoor.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client for {@link ClientImport}, whole: identity, the care team, consent decisions, problem substances (main
 * first), alerts and timeline entries, all already dated.
 */
public record ImportedClient(
        NewClient identity,
        List<CareTeamMembership> careTeam,
        List<ConsentRecord> consents,
        List<ProblemSubstances.Substance> substances,
        @Nullable LocalDate substancesOn,
        List<Alert> alerts,
        List<Event> timeline) {

    public ImportedClient {
        Objects.requireNonNull(identity, "identity");
        careTeam = List.copyOf(careTeam);
        consents = List.copyOf(consents);
        substances = List.copyOf(substances);
        alerts = List.copyOf(alerts);
        timeline = List.copyOf(timeline);
    }

    /** An alert as raised on its day, sealed or not. */
    public record Alert(
            AlertCategory category,
            String description,
            LocalDate raisedOn,
            @Nullable SealedCategory sealedAs) {}

    /** A timeline entry as the owning module would have added it ({@link ClientTimeline#add}). */
    public record Event(
            LocalDate occurredOn,
            String kind,
            String summary,
            @Nullable String detail,
            @Nullable String sourceKind,
            @Nullable UUID sourceId,
            @Nullable SealedCategory sealedAs) {}
}
