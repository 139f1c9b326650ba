package org.onedoor.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.treatment.EpisodeId;
import org.onedoor.treatment.NewEpisode;

/**
 * A {@link NewEpisode} for tests without its eleven positional arguments: an alcohol episode of the client at the
 * signed-in person's organisation, with no referral, keyworker, care plan, transfer or late reason; each test names
 * only what matters to it, for example {@code anEpisodeFor(client).on(today).keyworker(worker.username()).build()}.
 * The dates have no default because the service checks them against its clock: name them with {@link #on} or
 * {@link #referredOn} and {@link #triagedOn}.
 */
public final class NewEpisodeBuilder {

    private final UUID clientId;
    private @Nullable UUID providerId;
    private @Nullable UUID referralId;
    private @Nullable LocalDate referredOn;
    private @Nullable LocalDate triagedOn;
    private @Nullable LocalDate carePlanStartedOn;
    private List<String> substances = List.of("ALCOHOL");
    private @Nullable String keyworkerUsername;
    private @Nullable String keyworkerName;
    private @Nullable UUID transferredFrom;
    private @Nullable String lateReason;

    private NewEpisodeBuilder(UUID clientId) {
        this.clientId = clientId;
    }

    public static NewEpisodeBuilder anEpisodeFor(UUID clientId) {
        return new NewEpisodeBuilder(clientId);
    }

    /** At this provider rather than the signed-in person's organisation. */
    public NewEpisodeBuilder provider(@Nullable UUID providerId) {
        this.providerId = providerId;
        return this;
    }

    public NewEpisodeBuilder referral(@Nullable UUID referralId) {
        this.referralId = referralId;
        return this;
    }

    /** Referred and triaged on the same day. */
    public NewEpisodeBuilder on(LocalDate day) {
        this.referredOn = day;
        this.triagedOn = day;
        return this;
    }

    public NewEpisodeBuilder referredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
        return this;
    }

    public NewEpisodeBuilder triagedOn(LocalDate triagedOn) {
        this.triagedOn = triagedOn;
        return this;
    }

    public NewEpisodeBuilder carePlanStartedOn(@Nullable LocalDate carePlanStartedOn) {
        this.carePlanStartedOn = carePlanStartedOn;
        return this;
    }

    public NewEpisodeBuilder substances(String... substances) {
        this.substances = List.of(substances);
        return this;
    }

    /** The named worker, by username alone. */
    public NewEpisodeBuilder keyworker(@Nullable String username) {
        this.keyworkerUsername = username;
        return this;
    }

    public NewEpisodeBuilder keyworker(@Nullable String username, @Nullable String name) {
        this.keyworkerUsername = username;
        this.keyworkerName = name;
        return this;
    }

    public NewEpisodeBuilder transferredFrom(@Nullable UUID episodeId) {
        this.transferredFrom = episodeId;
        return this;
    }

    /** Why the triage date lies further back than the configured days. */
    public NewEpisodeBuilder lateReason(@Nullable String lateReason) {
        this.lateReason = lateReason;
        return this;
    }

    public NewEpisode build() {
        return new NewEpisode(
                new ClientId(clientId),
                OrganisationId.ofNullable(providerId),
                referralId,
                referredOn,
                triagedOn,
                carePlanStartedOn,
                substances,
                keyworkerUsername,
                keyworkerName,
                EpisodeId.ofNullable(transferredFrom),
                lateReason);
    }
}
