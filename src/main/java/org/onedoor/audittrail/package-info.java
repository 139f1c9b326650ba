/**
 * A tamper-evident log of every access to identifiable data: who viewed, searched, created, changed, voided or
 * exported which record, when, from where and why. Entries form a SHA-256 hash chain that {@link
 * org.onedoor.audittrail.ChainVerification} walks to detect any edited, removed or inserted entry.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"security"})
@NullMarked
package org.onedoor.audittrail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
