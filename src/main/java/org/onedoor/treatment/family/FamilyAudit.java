package org.onedoor.treatment.family;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;

/**
 * How a change to family support is recorded: under the concerned other, for the purpose of family support, and,
 * when they are linked to a client, under the client too (on the person's basis of access to the client, or that
 * purpose when they have none).
 */
final class FamilyAudit {

    static final String PURPOSE = "Family and carer support";

    private FamilyAudit() {}

    static void record(
            ClinicalChanges changes,
            AccessAction action,
            UUID concernedOtherId,
            @Nullable UUID clientId,
            @Nullable AccessDecision decision,
            String detail) {
        changes.record(
                ClinicalChange.about(action, AuditSubject.of("CONCERNED_OTHER", concernedOtherId), PURPOSE, detail));
        if (clientId != null) {
            changes.record(ClinicalChange.about(
                    action,
                    AuditSubject.of("CLIENT", clientId),
                    decision != null && decision.basis() != null ? decision.basis() : PURPOSE,
                    detail));
        }
    }
}
