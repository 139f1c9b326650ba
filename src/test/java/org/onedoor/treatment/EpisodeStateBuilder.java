package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EpisodeState} for tests without its nineteen positional arguments: an open alcohol episode of a new
 * client at a new provider, referred and triaged on 1 October 2026, with no keyworker, care plan or discharge; each
 * test names only what matters to it, for example {@code anEpisode().referredOn(day).triagedOn(day).build()}.
 */
final class EpisodeStateBuilder {

    private UUID id = UUID.randomUUID();
    private UUID clientId = UUID.randomUUID();
    private UUID providerId = UUID.randomUUID();
    private @Nullable UUID referralId;
    private UUID journeyId = UUID.randomUUID();
    private LocalDate referredOn = LocalDate.of(2026, 10, 1);
    private LocalDate triagedOn = LocalDate.of(2026, 10, 1);
    private @Nullable LocalDate carePlanStartedOn;
    private List<String> substances = List.of("ALCOHOL");
    private @Nullable String keyworkerUsername;
    private @Nullable String keyworkerName;
    private @Nullable LocalDate dischargedOn;
    private @Nullable String dischargeReason;
    private int version;

    private EpisodeStateBuilder() {}

    static EpisodeStateBuilder anEpisode() {
        return new EpisodeStateBuilder();
    }

    EpisodeStateBuilder id(UUID id) {
        this.id = id;
        return this;
    }

    EpisodeStateBuilder client(UUID clientId) {
        this.clientId = clientId;
        return this;
    }

    EpisodeStateBuilder provider(UUID providerId) {
        this.providerId = providerId;
        return this;
    }

    EpisodeStateBuilder referral(@Nullable UUID referralId) {
        this.referralId = referralId;
        return this;
    }

    EpisodeStateBuilder journey(UUID journeyId) {
        this.journeyId = journeyId;
        return this;
    }

    EpisodeStateBuilder referredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
        return this;
    }

    EpisodeStateBuilder triagedOn(LocalDate triagedOn) {
        this.triagedOn = triagedOn;
        return this;
    }

    EpisodeStateBuilder carePlanStartedOn(@Nullable LocalDate carePlanStartedOn) {
        this.carePlanStartedOn = carePlanStartedOn;
        return this;
    }

    EpisodeStateBuilder substances(String... substances) {
        this.substances = List.of(substances);
        return this;
    }

    EpisodeStateBuilder keyworker(String username, String name) {
        this.keyworkerUsername = username;
        this.keyworkerName = name;
        return this;
    }

    /** Closed on the day for the reason (an NDTMS discharge code). */
    EpisodeStateBuilder discharged(LocalDate on, String reason) {
        this.dischargedOn = on;
        this.dischargeReason = reason;
        return this;
    }

    EpisodeStateBuilder version(int version) {
        this.version = version;
        return this;
    }

    EpisodeState build() {
        return new EpisodeState(
                id,
                clientId,
                providerId,
                referralId,
                journeyId,
                null,
                referredOn,
                triagedOn,
                carePlanStartedOn,
                substances,
                keyworkerUsername,
                keyworkerName,
                dischargedOn == null,
                dischargedOn,
                dischargeReason,
                null,
                null,
                null,
                version);
    }
}
