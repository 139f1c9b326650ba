/**
 * Treatment journeys in NDTMS terms: episodes at a provider, their interventions (with sub-interventions), care-plan
 * start, discharge with the NDTMS reasons, transfers that keep a journey continuous, and re-presentation after a
 * successful completion. Publishes EpisodeOpened, InterventionStarted, InterventionEnded, EpisodeClosed and
 * ClientRePresented (no listener yet: evidence flows through the views, docs/adr/0011), and the report_episode,
 * report_intervention and report_contact (appointments and group registers) views; no other module reads its tables. Every row about a client follows a client merge and its
 * undo, in the merge's transaction ({@code TreatmentMergeFollower}); each sub-area contributes its part of the
 * subject-access export. Every episode save tells assessment the episode's outcome facts ({@code OutcomeTelling} to
 * {@code assessment.OutcomeEpisodes}); the caseloads read assessment's report_outcome_risk (PHQ-9 item 9) and
 * report_outcome_due views, and list the outcome records due through {@code assessment.OutcomeSchedule}.
 */
@ApplicationModule(
        displayName = "Treatment",
        allowedDependencies = {
            "security",
            "audittrail",
            "partnership",
            "client",
            "client::spi",
            "assessment",
            "referral"
        })
@NullMarked
package org.onedoor.treatment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
