/**
 * Treatment journeys in NDTMS terms: episodes at a provider, their interventions (with sub-interventions), care-plan
 * start, discharge with the NDTMS reasons, transfers that keep a journey continuous, and re-presentation after a
 * successful completion. Publishes EpisodeOpened, InterventionStarted, InterventionEnded, EpisodeClosed and
 * ClientRePresented (no listener yet: evidence flows through the views, docs/adr/0011), and the report_episode,
 * report_intervention and report_contact (appointments and group registers) views; no other module reads its tables. Every row about a client follows a client merge and its
 * undo, in the merge's transaction ({@code TreatmentMergeFollower}); each sub-area contributes its part of the
 * subject-access export. My caseload reads assessment's report_outcome_risk view (PHQ-9 item 9), which is why
 * assessment is listed below although no Java type of it is used.
 */
@ApplicationModule(displayName = "Treatment",
        allowedDependencies = { "security", "audittrail", "partnership", "client", "client::spi", "assessment",
                "referral" })
@NullMarked
package org.onedoor.treatment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
