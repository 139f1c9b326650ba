/**
 * Screening, assessment and outcomes. The alcohol questionnaires (AUDIT, AUDIT-C, FAST) have the one scorer in {@link
 * org.onedoor.assessment.alcohol}, published as the named interface {@code assessment::alcohol} for referral triage.
 * Outcome instruments (TOP, AOR, PHQ-9, GAD-7, SADQ, the holistic assessment, physical-health measures) are versioned
 * definitions held as data ({@code instrument}); {@link org.onedoor.assessment.OutcomeRecording} records, scores,
 * voids and audits outcome records, raises a risk alert on the client record for PHQ-9 item 9, and puts them on the
 * timeline and in the subject-access export; {@link org.onedoor.assessment.OutcomeReading} lists them and draws
 * trajectories. Treatment tells this module the episode facts it needs through {@link
 * org.onedoor.assessment.OutcomeEpisodes} (told downwards) and reads its {@code report_outcome_risk} view; no other
 * module reads the outcome tables.
 */
@ApplicationModule(displayName = "Assessment",
        allowedDependencies = { "security", "audittrail", "partnership", "client", "client::spi" })
@NullMarked
package org.onedoor.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
