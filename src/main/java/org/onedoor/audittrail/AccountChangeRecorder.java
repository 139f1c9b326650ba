package org.onedoor.audittrail;

import org.onedoor.security.UserAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every change to an account's roles or status into the audit trail, as the administrator who made it and
 * while their change is still open: if the entry cannot be written, the change fails with it.
 */
@Component
class AccountChangeRecorder {

    static final String SUBJECT_KIND = "USER_ACCOUNT";

    private final AccessLog log;

    AccountChangeRecorder(AccessLog log) {
        this.log = log;
    }

    @EventListener
    void on(UserAccountChanged change) {
        log.record(new AccessEvent(
                AccessAction.CHANGE,
                AuditSubject.of(SUBJECT_KIND, change.accountId()),
                "Account administration",
                change.describe()));
    }
}
