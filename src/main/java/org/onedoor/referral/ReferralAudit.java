package org.onedoor.referral;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.springframework.stereotype.Component;

/**
 * Writes views of a referral to the audit trail (ADR 0006): a referral names a person, with their date of birth,
 * contact details and often their NHS number, so opening one is a view of identifiable client data like opening the
 * client record. The entry says whether the NHS number was on the page.
 */
@Component
class ReferralAudit {

    static final String KIND = "REFERRAL";
    static final String PURPOSE = "Referral handling";

    private final AccessLog log;

    ReferralAudit(AccessLog log) {
        this.log = log;
    }

    void viewed(ReferralView referral) {
        log.record(new AccessEvent(
                AccessAction.VIEW,
                AuditSubject.of(KIND, referral.id()),
                PURPOSE,
                "Referral " + referral.reference()
                        + (referral.nhsNumber() == null ? ", no NHS number shown" : ", NHS number shown")));
    }
}
