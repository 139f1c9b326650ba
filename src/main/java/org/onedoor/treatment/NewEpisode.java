package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;

/**
 * An episode to open, as typed or as taken from an accepted referral.
 *
 * @param providerId        the provider of the episode; absent means the signed-in person's organisation
 * @param transferredFrom   the episode this one continues after a transfer (same journey), if any
 * @param keyworkerUsername the named worker, whose caseload the client joins: a current staff member of the provider
 * @param lateReason        why the triage date lies further back than the configured days (audited)
 */
public record NewEpisode(
        ClientId clientId,
        @Nullable OrganisationId providerId,
        @Nullable UUID referralId,
        @Nullable LocalDate referredOn,
        @Nullable LocalDate triagedOn,
        @Nullable LocalDate carePlanStartedOn,
        List<String> substances,
        @Nullable String keyworkerUsername,
        @Nullable String keyworkerName,
        @Nullable EpisodeId transferredFrom,
        @Nullable String lateReason) {

    public NewEpisode(
            ClientId clientId,
            @Nullable OrganisationId providerId,
            @Nullable UUID referralId,
            @Nullable LocalDate referredOn,
            @Nullable LocalDate triagedOn,
            @Nullable LocalDate carePlanStartedOn,
            List<String> substances,
            @Nullable String keyworkerUsername,
            @Nullable String keyworkerName,
            @Nullable EpisodeId transferredFrom) {
        this(
                clientId,
                providerId,
                referralId,
                referredOn,
                triagedOn,
                carePlanStartedOn,
                substances,
                keyworkerUsername,
                keyworkerName,
                transferredFrom,
                null);
    }

    public NewEpisode {
        substances = substances == null
                ? List.of()
                : substances.stream()
                        .filter(code -> code != null && !code.isBlank())
                        .toList();
    }
}
