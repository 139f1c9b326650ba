package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.referral.ReferralId;
import org.onedoor.referral.ReferralProgress;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interventions of an episode: referral to one, first appointment offered, start, sub-interventions, end. An
 * organisation delivering an intervention joins the client's care team (a GP practice in shared care, another
 * provider as a partner), and the referral's waiting clock hears of the first offer and the first start.
 */
@Service
public class Interventions {

    private final EpisodeWork work;
    private final TreatmentCodes codes;
    private final CareTeam careTeam;
    private final Directory directory;
    private final ReferralProgress referralProgress;

    Interventions(
            EpisodeWork work,
            TreatmentCodes codes,
            CareTeam careTeam,
            Directory directory,
            ReferralProgress referralProgress) {
        this.work = work;
        this.codes = codes;
        this.careTeam = careTeam;
        this.directory = directory;
        this.referralProgress = referralProgress;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID refer(UUID episodeId, NewIntervention details) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        TreatmentEpisode episode = loaded.episode();
        LocalDate today = work.today();
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        LocalDate on = details.referredOn() != null ? details.referredOn() : today;
        if (details.referredOn() == null) {
            problems.add("referredOn", "REQUIRED", Messages.text("treatment.referredOn.required.enterDateClient"));
        }
        TreatmentCodes.Code type =
                codes.find(codes.interventionTypes(on), details.type()).orElse(null);
        if (type == null) {
            problems.add("type", TreatmentRule.UNKNOWN_CODE, Messages.text("treatment.type.unknownCode"));
        }
        TreatmentCodes.Code setting =
                codes.find(codes.settings(on), details.setting()).orElse(null);
        if (setting == null) {
            problems.add("setting", TreatmentRule.UNKNOWN_CODE, Messages.text("treatment.setting.unknownCode"));
        }
        OrganisationSummary deliverer = details.deliveredBy() == null
                ? null
                : directory.findOrganisation(details.deliveredBy()).orElse(null);
        if (deliverer == null || deliverer.type().isCommissioner()) {
            problems.add("deliveredBy", TreatmentRule.UNKNOWN_CODE, Messages.text("treatment.deliveredBy.unknownCode"));
        }
        problems.throwIfAny();
        Intervention intervention = episode.refer(type.code(), setting.code(), deliverer.id(), on, today);
        if (details.firstOfferedOn() != null) {
            episode.offerFirstAppointment(intervention.id(), details.firstOfferedOn(), today);
        }
        if (details.startedOn() != null) {
            episode.start(intervention.id(), details.startedOn(), today);
        }
        if (!deliverer.id().equals(episode.providerId())) {
            careTeam.add(
                    episode.clientId(),
                    new CareTeamMembership(
                            deliverer.id(),
                            deliverer.type().isPractice() ? CareTeamRole.SHARED_CARE : CareTeamRole.PARTNER,
                            null,
                            null,
                            on,
                            "INTERVENTION",
                            intervention.id()));
        }
        work.changed(
                loaded,
                "INTERVENTION_REFERRED",
                type.label() + " at " + deliverer.name() + ": referred on "
                        + DisplayDate.of(on)
                        + (intervention.startedOn() != null
                                ? ", started on " + DisplayDate.of(intervention.startedOn())
                                : ""),
                on,
                intervention.startedOn() != null ? started(episode, intervention) : null);
        tellTheReferral(episode, intervention);
        return intervention.id();
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void offerFirstAppointment(UUID episodeId, UUID interventionId, LocalDate on) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        loaded.episode().offerFirstAppointment(interventionId, on, work.today());
        work.changed(
                loaded, "FIRST_APPOINTMENT_OFFERED", "First appointment offered for " + DisplayDate.of(on), on, null);
        tellTheReferral(loaded.episode(), intervention(loaded, interventionId));
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void start(UUID episodeId, UUID interventionId, LocalDate on) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        TreatmentEpisode episode = loaded.episode();
        episode.start(interventionId, on, work.today());
        Intervention intervention = intervention(loaded, interventionId);
        work.changed(
                loaded,
                "INTERVENTION_STARTED",
                label(intervention) + " started on " + DisplayDate.of(on),
                on,
                started(episode, intervention));
        tellTheReferral(episode, intervention);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void end(UUID episodeId, UUID interventionId, LocalDate on, String exitStatus) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        TreatmentCodes.Code exit = codes.find(codes.exitStatuses(on), exitStatus)
                .orElseThrow(() -> new DomainRuleViolation(
                        TreatmentRule.UNKNOWN_CODE, "exitStatus", Messages.text("treatment.exitStatus.unknownCode")));
        loaded.episode().end(interventionId, on, exit.code(), codes.withdrawnExitStatus(), work.today());
        Intervention intervention = intervention(loaded, interventionId);
        work.changed(
                loaded,
                "INTERVENTION_ENDED",
                label(intervention) + " ended on " + DisplayDate.of(on) + ": " + exit.label(),
                on,
                new InterventionEnded(
                        interventionId,
                        new EpisodeId(episodeId),
                        new ClientId(loaded.episode().clientId()),
                        intervention.type(),
                        on,
                        exit.code()));
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID addSubIntervention(UUID episodeId, UUID interventionId, String subType, LocalDate on) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        Intervention intervention = intervention(loaded, interventionId);
        TreatmentCodes.Code sub = codes.find(codes.subInterventionTypes(on), subType)
                .filter(code -> intervention.type().equals(code.group()))
                .orElseThrow(() -> new DomainRuleViolation(
                        TreatmentRule.UNKNOWN_CODE, "subType", Messages.text("treatment.subType.unknownCode")));
        Intervention.SubIntervention added = loaded.episode().addSub(interventionId, sub.code(), on, work.today());
        work.changed(loaded, "SUB_INTERVENTION", sub.label() + " from " + DisplayDate.of(on), on, null);
        return added.id();
    }

    private void tellTheReferral(TreatmentEpisode episode, Intervention intervention) {
        ReferralId referral = ReferralId.ofNullable(episode.referralId());
        if (referral == null) {
            return;
        }
        if (intervention.firstOfferedOn() != null) {
            referralProgress.firstAppointmentOffered(referral, intervention.firstOfferedOn());
        }
        if (intervention.startedOn() != null) {
            referralProgress.firstInterventionStarted(referral, intervention.startedOn());
        }
    }

    private static Intervention intervention(EpisodeWork.Loaded loaded, UUID interventionId) {
        return loaded.episode().interventions().stream()
                .filter(i -> i.id().equals(interventionId))
                .findFirst()
                .orElseThrow(() -> new org.onedoor.shared.NotFound("Intervention", interventionId));
    }

    private static String label(Intervention intervention) {
        return intervention.type().charAt(0)
                + intervention.type().substring(1).toLowerCase().replace('_', ' ');
    }

    private static InterventionStarted started(TreatmentEpisode episode, Intervention intervention) {
        return new InterventionStarted(
                intervention.id(),
                new EpisodeId(episode.id()),
                new ClientId(episode.clientId()),
                intervention.type(),
                intervention.setting(),
                new OrganisationId(intervention.deliveredBy()),
                intervention.startedOn());
    }
}
