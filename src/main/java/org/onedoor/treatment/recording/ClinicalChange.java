package org.onedoor.treatment.recording;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.SealedCategory;

/**
 * One change to clinical data as it must show: an audit-trail entry about its subject (the client, or a record held
 * without one), and optionally an entry on the client's timeline and an event to publish.
 *
 * @param purpose  the basis of access written to the audit trail
 * @param audited  what the audit trail says was done (never a test result)
 * @param timeline the entry on the client's timeline, when the change shows there
 */
public record ClinicalChange(
        AccessAction action,
        AuditSubject subject,
        @Nullable String purpose,
        String audited,
        @Nullable TimelineNote timeline,
        @Nullable Object event) {

    static final String CLIENT = "CLIENT";

    public ClinicalChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(audited, "audited");
        if (timeline != null && !CLIENT.equals(subject.kind())) {
            throw new IllegalArgumentException("Only a change about a client goes on a timeline");
        }
    }

    /** A change to a client's record, audited under the basis on which the person may see the client. */
    public static ClinicalChange of(AccessAction action, UUID clientId, AccessDecision decision, String audited) {
        return new ClinicalChange(action, AuditSubject.of(CLIENT, clientId), decision.basis(), audited, null, null);
    }

    /** A change audited under another subject (a concerned other, an anonymous visit) or with a purpose of its own. */
    public static ClinicalChange about(
            AccessAction action, AuditSubject subject, @Nullable String purpose, String audited) {
        return new ClinicalChange(action, subject, purpose, audited, null, null);
    }

    /** Also on the client's timeline, with the audited words as its summary. */
    public ClinicalChange onTimeline(String kind, LocalDate on, String sourceKind, @Nullable UUID sourceId) {
        return onTimeline(new TimelineNote(kind, on, audited, null, sourceKind, sourceId, null));
    }

    public ClinicalChange onTimeline(TimelineNote note) {
        return new ClinicalChange(action, subject, purpose, audited, note, event);
    }

    /** Also published, after the change is written, to the modules that listen. */
    public ClinicalChange publishing(@Nullable Object published) {
        return new ClinicalChange(action, subject, purpose, audited, timeline, published);
    }

    /** An entry on the client's timeline, sealed when its category is. */
    public record TimelineNote(
            String kind,
            LocalDate occurredOn,
            String summary,
            @Nullable String detail,
            @Nullable String sourceKind,
            @Nullable UUID sourceId,
            @Nullable SealedCategory sealedAs) {

        public TimelineNote {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(occurredOn, "occurredOn");
            Objects.requireNonNull(summary, "summary");
        }
    }
}
