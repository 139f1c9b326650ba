/**
 * Screening and assessment tools: the alcohol questionnaires (AUDIT, AUDIT-C, FAST) now, later SADQ, the Treatment
 * Outcomes Profile, recovery capital and health measures. Referral triage and treatment use the one scorer in {@link
 * org.onedoor.assessment.alcohol}, published as the named interface {@code assessment::alcohol}.
 */
@ApplicationModule(displayName = "Assessment", allowedDependencies = { "security", "audittrail", "client", "client::spi" })
@NullMarked
package org.onedoor.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
