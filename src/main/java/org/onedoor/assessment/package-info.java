/**
 * Screening, assessment and outcomes. The alcohol questionnaires (AUDIT, AUDIT-C, FAST) have the one scorer in {@link
 * org.onedoor.assessment.alcohol}, published as the named interface {@code assessment::alcohol} for referral triage.
 * Outcome instruments (TOP, AOR, PHQ-9, GAD-7, SADQ, the holistic assessment, physical-health measures) are versioned
 * definitions held as data ({@code instrument}); {@link org.onedoor.assessment.OutcomeRecording} records, scores,
 * voids and audits outcome records, raises a risk alert on the client record for PHQ-9 item 9, and puts them on the
 * timeline and in the subject-access export; {@link org.onedoor.assessment.OutcomeReading} lists them and draws
 * trajectories; {@link org.onedoor.assessment.OutcomeImport} writes records in bulk (the demo). Treatment tells this
 * module the episode facts it needs through {@link org.onedoor.assessment.OutcomeEpisodes} (told downwards) and reads
 * its {@code report_outcome_risk} and {@code report_outcome_due} views (what is due: {@link
 * org.onedoor.assessment.OutcomeSchedule}, settings {@code onedoor.assessment.*}); no other module reads the outcome
 * tables.
 */
@ApplicationModule(
        displayName = "Assessment",
        allowedDependencies = {"security", "audittrail", "partnership", "client", "client::spi"})
@NullMarked
package org.onedoor.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
