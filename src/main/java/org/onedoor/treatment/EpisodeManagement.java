package org.onedoor.treatment;

import static org.onedoor.shared.Text.tidy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.referral.ReferralId;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens episodes (directly, from an accepted referral or as the continuation of a transfer), starts care plans and
 * discharges. Each is checked whole, written to the episode's history, the client's timeline and the audit trail,
 * and published as an event after commit.
 */
@Service
public class EpisodeManagement {

    private final EpisodeStore store;
    private final EpisodeWork work;
    private final EpisodeOpening opening;
    private final TreatmentCodes codes;
    private final CareTeam careTeam;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final EpisodeAuthority authority;

    EpisodeManagement(
            EpisodeStore store,
            EpisodeWork work,
            EpisodeOpening opening,
            TreatmentCodes codes,
            CareTeam careTeam,
            Directory directory,
            CurrentUsers currentUsers,
            EpisodeAuthority authority) {
        this.authority = authority;
        this.store = store;
        this.work = work;
        this.opening = opening;
        this.codes = codes;
        this.careTeam = careTeam;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    /**
     * Opens an episode at a provider the person's organisation may record for (its own, or one the lead provider
     * delegated), never on a break-glass opening, with a keyworker of the provider's current staff, and with a
     * reason when the triage date lies further back than the configured days.
     */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID open(NewEpisode typed) {
        CurrentUser user = currentUsers.require();
        UUID provider = typed.providerId() != null ? typed.providerId().value() : user.organisationId();
        AccessDecision decision =
                careTeam.requireWithoutBreakGlass(typed.clientId().value());
        LocalDate today = work.today();
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        authority.checkProvider(user, provider, today, problems);
        EpisodeAuthority.Keyworker keyworker =
                authority.keyworker(typed.keyworkerUsername(), typed.keyworkerName(), provider, today, problems);
        long late = authority.lateness(typed.triagedOn(), today, typed.lateReason(), "triage date", problems);
        NewEpisode details = new NewEpisode(
                typed.clientId(),
                typed.providerId(),
                typed.referralId(),
                typed.referredOn(),
                typed.triagedOn(),
                typed.carePlanStartedOn(),
                typed.substances(),
                keyworker == null ? null : keyworker.username(),
                keyworker == null ? null : keyworker.name(),
                typed.transferredFrom(),
                typed.lateReason());
        opening.check(details, provider, today, problems);
        TreatmentEpisode episode = opening.episode(details, provider, today);
        store.insert(episode);
        OrganisationSummary organisation = directory.organisation(provider);
        careTeam.add(
                details.clientId().value(),
                new CareTeamMembership(
                        provider,
                        CareTeamRole.RESPONSIBLE,
                        details.keyworkerUsername(),
                        details.keyworkerName(),
                        details.triagedOn(),
                        "EPISODE",
                        episode.id()));
        if (late > 0) {
            work.recordedLate(
                    episode,
                    decision,
                    "Triage date " + DisplayDate.of(details.triagedOn()),
                    late,
                    details.lateReason());
        }
        EpisodeState state = episode.state();
        work.recorded(
                episode,
                decision,
                "OPENED",
                "Episode opened at " + organisation.name() + (state.transferredFrom() != null ? " (transfer)" : ""),
                state.triagedOn(),
                AccessAction.CREATE,
                new EpisodeOpened(
                        new EpisodeId(episode.id()),
                        details.clientId(),
                        new OrganisationId(provider),
                        state.journeyId(),
                        state.triagedOn(),
                        ReferralId.ofNullable(details.referralId()),
                        EpisodeId.ofNullable(state.transferredFrom())));
        opening.rePresentation(episode, decision);
        return episode.id();
    }

    /** Opens the episode an accepted referral leads to, at the organisation that accepted it. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID openFromReferral(
            UUID referralId,
            @Nullable LocalDate triagedOn,
            @Nullable LocalDate carePlanStartedOn,
            @Nullable String keyworkerUsername,
            @Nullable String keyworkerName,
            @Nullable String lateReason) {
        AcceptedReferral referral =
                opening.acceptedReferral(referralId, currentUsers.require().organisationId());
        return open(new NewEpisode(
                new ClientId(referral.clientId()),
                null,
                referralId,
                referral.receivedOn(),
                triagedOn,
                carePlanStartedOn,
                referral.substances(),
                keyworkerUsername,
                keyworkerName,
                null,
                lateReason));
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void startCarePlan(UUID episodeId, LocalDate on) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        loaded.episode().startCarePlan(on, work.today());
        work.changed(loaded, "CARE_PLAN_STARTED", "Care plan started on " + DisplayDate.of(on), on, null);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void discharge(UUID episodeId, Discharge discharge) {
        EpisodeWork.Loaded loaded = work.load(episodeId);
        TreatmentEpisode episode = loaded.episode();
        LocalDate today = work.today();
        LocalDate on = discharge.dischargedOn();
        if (on == null) {
            throw new DomainRuleViolation("REQUIRED", "dischargedOn", Messages.text("treatment.dischargedOn.required"));
        }
        TreatmentCodes.Code reason = codes.find(codes.dischargeReasons(on), discharge.reason())
                .orElseThrow(() -> new DomainRuleViolation(
                        TreatmentRule.UNKNOWN_CODE, "reason", Messages.text("treatment.reason.unknownCode")));
        OutcomeClass outcome = OutcomeClass.valueOf(reason.group());
        FieldProblems.Collector problems = TreatmentRule.PROBLEMS.collector();
        long late = authority.lateness(on, today, discharge.lateReason(), "discharge date", problems);
        problems.throwIfAny();
        episode.discharge(reason.code(), outcome, on, tidy(discharge.destination()), discharge.transferTo(), today);
        if (outcome == OutcomeClass.TRANSFER) {
            careTeam.add(
                    episode.clientId(),
                    new CareTeamMembership(
                            discharge.transferTo(), CareTeamRole.RESPONSIBLE, null, null, on, "EPISODE", episode.id()));
        }
        if (late > 0) {
            work.recordedLate(
                    episode, loaded.access(), "Discharge on " + DisplayDate.of(on), late, discharge.lateReason());
        }
        EpisodeState state = episode.state();
        work.changed(
                loaded,
                "DISCHARGED",
                "Discharged on " + DisplayDate.of(on) + ": " + reason.label(),
                on,
                new EpisodeClosed(
                        new EpisodeId(episode.id()),
                        new ClientId(episode.clientId()),
                        new OrganisationId(episode.providerId()),
                        state.journeyId(),
                        on,
                        reason.code(),
                        outcome,
                        OrganisationId.ofNullable(state.transferredTo())));
    }

    /**
     * Refuses (403) a person who may not change the episode (not of its provider or a delegated organisation), so
     * change forms are not shown to people whose change would be refused.
     */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public void requireMayChange(UUID episodeId) {
        work.load(episodeId);
    }

    /** How many days back a triage or discharge date may lie before it needs a reason for recording it late. */
    public int backdateDays() {
        return authority.backdateDays();
    }

    /** What treatment needs of a referral accepted by the person's organisation. */
    record AcceptedReferral(UUID clientId, LocalDate receivedOn, List<String> substances) {}
}
