package org.onedoor.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.onedoor.assessment.instrument.Score;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ClientTimeline;
import org.springframework.stereotype.Component;

/**
 * How outcome records are written down around the change: the client's timeline (final records and voids, dated
 * when the assessment was done) and the audit trail (every view and change, under the person's basis of access).
 */
@Component
class OutcomeNotes {

    static final String TIMELINE_KIND = "ASSESSMENT";
    static final String SOURCE_KIND = "OUTCOME_RECORD";

    private final ClientTimeline timeline;
    private final AccessLog log;

    OutcomeNotes(ClientTimeline timeline, AccessLog log) {
        this.timeline = timeline;
        this.log = log;
    }

    /** A change: on the timeline when it has a date (a draft has none), always in the audit trail. */
    void changed(
            AccessAction action,
            UUID clientId,
            AccessDecision decision,
            @Nullable LocalDate on,
            UUID recordId,
            String summary) {
        if (on != null) {
            timeline.add(clientId, on, TIMELINE_KIND, summary, null, SOURCE_KIND, recordId, null);
        }
        audit(action, clientId, decision, "Outcome record: " + summary);
    }

    void viewed(UUID clientId, AccessDecision decision, String what) {
        audit(AccessAction.VIEW, clientId, decision, what);
    }

    private void audit(AccessAction action, UUID clientId, AccessDecision decision, String detail) {
        log.record(new AccessEvent(
                action,
                AuditSubject.of("CLIENT", clientId),
                decision.basis(),
                detail.length() > AccessEvent.MAX_DETAIL ? detail.substring(0, AccessEvent.MAX_DETAIL) : detail));
    }

    /** "PHQ-9 (start) recorded: 12, moderate". */
    static String summary(InstrumentDefinition definition, @Nullable OutcomeStage stage, List<Score> scores) {
        StringBuilder text = new StringBuilder(definition.shortTitle());
        if (stage != null) {
            text.append(" (")
                    .append(stage.label().toLowerCase(java.util.Locale.UK))
                    .append(')');
        }
        text.append(" recorded");
        if (scores.size() == 1) {
            Score score = scores.get(0);
            text.append(": ").append(score.value().stripTrailingZeros().toPlainString());
            if (score.band() != null) {
                text.append(", ").append(score.band());
            }
        }
        return text.toString();
    }
}
