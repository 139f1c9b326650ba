package org.onedoor.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.ClientTimeline;
import org.onedoor.security.CurrentUsers;

/**
 * What every change to an episode does around the rule itself: the access check on the client, the episode's
 * history, the client's timeline, the audit trail and the published event.
 */
@Component
class EpisodeWork {

    private final EpisodeStore store;
    private final AccessPolicy access;
    private final ClientTimeline timeline;
    private final AccessLog log;
    private final ApplicationEventPublisher events;
    private final EpisodeAuthority authority;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    EpisodeWork(EpisodeStore store, AccessPolicy access, ClientTimeline timeline, AccessLog log,
                ApplicationEventPublisher events, EpisodeAuthority authority, CurrentUsers currentUsers,
                Clock clock) {
        this.authority = authority;
        this.currentUsers = currentUsers;
        this.store = store;
        this.access = access;
        this.timeline = timeline;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The episode, once the person is allowed to see its client and their organisation delivers the episode (or
     * holds the lead provider's delegation for its provider).
     */
    Loaded load(UUID episodeId) {
        TreatmentEpisode episode = store.load(episodeId);
        AccessDecision decision = access.require(episode.clientId());
        authority.requireRecording(currentUsers.require(), episode.providerId(), today());
        return new Loaded(episode, decision);
    }

    /** Writes a date recorded further back than the limit, with the reason given, to history and the audit trail. */
    void recordedLate(TreatmentEpisode episode, AccessDecision decision, String what, long days, String reason) {
        String summary = what + " recorded " + days + " days late: " + reason.strip();
        store.history(episode.id(), "RECORDED_LATE", summary);
        log.record(new AccessEvent(AccessAction.CHANGE, AuditSubject.of("CLIENT", episode.clientId()),
                decision.basis(), "Episode: " + summary));
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

    void recorded(TreatmentEpisode episode, AccessDecision decision, String action, String summary,
                  LocalDate occurredOn, AccessAction auditAction, @Nullable Object event) {
        store.history(episode.id(), action, summary);
        timeline.add(episode.clientId(), occurredOn, "EPISODE", summary, null, "EPISODE", episode.id(), null);
        log.record(new AccessEvent(auditAction, AuditSubject.of("CLIENT", episode.clientId()), decision.basis(),
                "Episode: " + summary));
        if (event != null) {
            events.publishEvent(event);
        }
    }

    /** An episode with the access decision that let the person load it. */
    record Loaded(TreatmentEpisode episode, AccessDecision access) {
    }
}
