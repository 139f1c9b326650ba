package org.onedoor.treatment.recording;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.ClientTimeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records clinical changes (and views) of treatment data the one way: the access check on the client first, then
 * after the change is written its timeline entry, its audit-trail entry and its event, in the caller's transaction.
 * Each area keeps its own rules and its own history rows; this is everything around them.
 */
@Component
public class ClinicalChanges {

    private final AccessPolicy access;
    private final ClientTimeline timeline;
    private final AccessLog log;
    private final ApplicationEventPublisher events;

    ClinicalChanges(AccessPolicy access, ClientTimeline timeline, AccessLog log, ApplicationEventPublisher events) {
        this.access = access;
        this.timeline = timeline;
        this.log = log;
        this.events = events;
    }

    /** The decision that lets the person change the client's record; refused (403) when they may not. */
    public AccessDecision require(UUID clientId) {
        return access.require(clientId);
    }

    /** Whether the person may see the client, without refusing: for records held apart from the client's own. */
    public AccessDecision decide(UUID clientId) {
        return access.decide(clientId);
    }

    public void record(ClinicalChange change) {
        ClinicalChange.TimelineNote note = change.timeline();
        if (note != null) {
            timeline.add(
                    change.subject().id(),
                    note.occurredOn(),
                    note.kind(),
                    note.summary(),
                    note.detail(),
                    note.sourceKind(),
                    note.sourceId(),
                    note.sealedAs());
        }
        log.record(new AccessEvent(
                change.action(),
                change.subject(),
                cut(change.purpose(), AccessEvent.MAX_PURPOSE),
                cut(change.audited(), AccessEvent.MAX_DETAIL)));
        if (change.event() != null) {
            events.publishEvent(change.event());
        }
    }

    /** A look at part of a client's record (not a change), audited under the basis of access. */
    public void viewed(UUID clientId, AccessDecision decision, String what) {
        record(ClinicalChange.about(
                AccessAction.VIEW, AuditSubject.of(ClinicalChange.CLIENT, clientId), decision.basis(), what));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
