package org.onedoor.monitoring.alerts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.springframework.stereotype.Component;

/** Writes every report, review, alert, acknowledgement and withdrawal to the audit trail. */
@Component
class AlertTrail {

    static final String REPORT = "DRUG_EFFECT_REPORT";
    static final String ALERT = "DRUG_ALERT";

    private final AccessLog log;

    AlertTrail(AccessLog log) {
        this.log = log;
    }

    void record(AccessAction action, String kind, UUID id, @Nullable String purpose, String detail) {
        log.record(new AccessEvent(
                action,
                AuditSubject.of(kind, id),
                purpose,
                detail.length() > 1000 ? detail.substring(0, 1000) : detail));
    }
}
