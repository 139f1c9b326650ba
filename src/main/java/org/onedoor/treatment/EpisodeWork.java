package org.onedoor.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.security.CurrentUsers;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.stereotype.Component;

/**
 * What every change to an episode does around the rule itself: the episode's history, and through
 * {@link ClinicalChanges} the access check on the client, the client's timeline, the audit trail and the event.
 */
@Component
class EpisodeWork {

    private final EpisodeStore store;
    private final ClinicalChanges changes;
    private final EpisodeAuthority authority;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    EpisodeWork(
            EpisodeStore store,
            ClinicalChanges changes,
            EpisodeAuthority authority,
            CurrentUsers currentUsers,
            Clock clock) {
        this.store = store;
        this.changes = changes;
        this.authority = authority;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * The episode, once the person is allowed to see its client and their organisation delivers the episode (or
     * holds the lead provider's delegation for its provider).
     */
    Loaded load(UUID episodeId) {
        TreatmentEpisode episode = store.load(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        authority.requireRecording(currentUsers.require(), episode.providerId(), today());
        return new Loaded(episode, decision);
    }

    /** Writes a date recorded further back than the limit, with the reason given, to history and the audit trail. */
    void recordedLate(TreatmentEpisode episode, AccessDecision decision, String what, long days, String reason) {
        String summary = what + " recorded " + days + " days late: " + reason.strip();
        store.history(episode.id(), "RECORDED_LATE", summary);
        changes.record(ClinicalChange.of(AccessAction.CHANGE, episode.clientId(), decision, "Episode: " + summary));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves a change and records it everywhere it must show. */
    void changed(Loaded loaded, String action, String summary, LocalDate occurredOn, @Nullable Object event) {
        TreatmentEpisode episode = loaded.episode();
        store.update(episode);
        recorded(episode, loaded.access(), action, summary, occurredOn, AccessAction.CHANGE, event);
    }

    void recorded(
            TreatmentEpisode episode,
            AccessDecision decision,
            String action,
            String summary,
            LocalDate occurredOn,
            AccessAction auditAction,
            @Nullable Object event) {
        store.history(episode.id(), action, summary);
        changes.record(ClinicalChange.of(auditAction, episode.clientId(), decision, "Episode: " + summary)
                .onTimeline(new ClinicalChange.TimelineNote(
                        "EPISODE", occurredOn, summary, null, "EPISODE", episode.id(), null))
                .publishing(event));
    }

    /** An episode with the access decision that let the person load it. */
    record Loaded(TreatmentEpisode episode, AccessDecision access) {}
}
