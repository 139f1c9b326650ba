package org.onedoor.audittrail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checks the audit trail's hash chain on request, for the IG lead and administrators. */
@RestController
@RequestMapping("/api/v1/audit-trail/verification")
@Tag(name = "Audit trail", description = "Verification of the tamper-evident access log")
class AuditTrailVerificationController {

    private final ChainVerification verification;

    AuditTrailVerificationController(ChainVerification verification) {
        this.verification = verification;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    @Operation(
            summary = "Verify the audit trail",
            description = "Walks every audit entry in order and reports whether any was altered, removed or "
                    + "inserted, with the first broken sequence number.")
    public ChainReport verify() {
        return verification.verify();
    }
}
