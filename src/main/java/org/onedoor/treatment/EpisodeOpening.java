package org.onedoor.treatment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientTimeline;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The checks and facts behind opening an episode: codes and provider, no second open episode at the same provider,
 * the journey a transfer continues, and whether the client has re-presented after a successful completion.
 */
@Component
class EpisodeOpening {

    private final JdbcClient jdbc;
    private final TreatmentCodes codes;
    private final Directory directory;
    private final EpisodeStore store;
    private final ClientTimeline timeline;
    private final ApplicationEventPublisher events;
    private final RePresentationPolicy rePresentation;
    private final ZoneId zone;

    EpisodeOpening(
            JdbcClient jdbc,
            TreatmentCodes codes,
            Directory directory,
            EpisodeStore store,
            ClientTimeline timeline,
            ApplicationEventPublisher events,
            TreatmentSettings settings,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.directory = directory;
        this.store = store;
        this.timeline = timeline;
        this.events = events;
        this.rePresentation = new RePresentationPolicy(settings.rePresentationWindow());
        this.zone = clock.getZone();
    }

    void check(NewEpisode details, UUID provider, LocalDate today, FieldProblems.Collector problems) {
        if (details.referredOn() == null) {
            problems.add("referredOn", "REQUIRED", Messages.text("treatment.referredOn.required"));
        }
        if (details.triagedOn() == null) {
            problems.add("triagedOn", "REQUIRED", Messages.text("treatment.triagedOn.required"));
        }
        List<String> substances = details.substances();
        LocalDate on = details.triagedOn() != null ? details.triagedOn() : today;
        Set<String> known =
                codes.substances(on).stream().map(TreatmentCodes.Code::code).collect(Collectors.toSet());
        if (substances.isEmpty()) {
            problems.add("substance1", "REQUIRED", Messages.text("treatment.substance1.required"));
        } else if (substances.size() > 3 || !known.containsAll(substances)) {
            problems.add("substance1", TreatmentRule.UNKNOWN_CODE, Messages.text("treatment.substance1.unknownCode"));
        } else if (new HashSet<>(substances).size() != substances.size()) {
            problems.add("substance2", "DUPLICATE_SUBSTANCE", Messages.text("treatment.substance2.duplicateSubstance"));
        }
        OrganisationSummary organisation = directory.findOrganisation(provider).orElse(null);
        if (organisation == null || organisation.type().isCommissioner()) {
            problems.add("providerId", TreatmentRule.UNKNOWN_CODE, Messages.text("treatment.providerId.unknownCode"));
        }
        problems.throwIfAny();
        List<LocalDate> open = jdbc.sql("""
                select triaged_on from treatment_episode
                 where client_id = ? and provider_id = ? and status = 'OPEN' and voided_at is null
                """)
                .param(details.clientId().value())
                .param(provider)
                .query(LocalDate.class)
                .list();
        if (!open.isEmpty()) {
            throw new DomainRuleViolation(
                    TreatmentRule.SECOND_OPEN_EPISODE,
                    "providerId",
                    Messages.text(
                            "treatment.providerId.secondOpenEpisode",
                            organisation.name(),
                            DisplayDate.of(open.get(0))));
        }
    }

    /** The new episode, checked, continuing a transferred journey or starting one, marked if it re-presents. */
    TreatmentEpisode episode(NewEpisode details, UUID provider, LocalDate today) {
        UUID journey = UUID.randomUUID();
        if (details.transferredFrom() != null) {
            TreatmentEpisode from = store.load(details.transferredFrom().value());
            EpisodeState state = from.state();
            if (state.open()
                    || !provider.equals(state.transferredTo())
                    || !from.clientId().equals(details.clientId().value())) {
                throw new DomainRuleViolation(
                        "NOT_A_TRANSFER", "transferredFrom", Messages.text("treatment.transferredFrom.notATransfer"));
            }
            journey = state.journeyId();
        }
        UUID rePresents = rePresentation
                .returnedTo(completions(details.clientId().value()), details.triagedOn())
                .map(RePresentationPolicy.Completion::episodeId)
                .orElse(null);
        return TreatmentEpisode.open(
                new EpisodeState(
                        UUID.randomUUID(),
                        details.clientId().value(),
                        provider,
                        details.referralId(),
                        journey,
                        details.transferredFrom() == null
                                ? null
                                : details.transferredFrom().value(),
                        details.referredOn(),
                        details.triagedOn(),
                        details.carePlanStartedOn(),
                        details.substances(),
                        details.keyworkerUsername(),
                        details.keyworkerName(),
                        true,
                        null,
                        null,
                        null,
                        null,
                        rePresents,
                        0),
                today);
    }

    /** After opening: if the episode re-presents, the timeline shows it and ClientRePresented is published. */
    void rePresentation(TreatmentEpisode episode, AccessDecision decision) {
        EpisodeState state = episode.state();
        if (state.rePresentationOf() == null) {
            return;
        }
        LocalDate completedOn = jdbc.sql("select discharged_on from treatment_episode where id = ?")
                .param(state.rePresentationOf())
                .query(LocalDate.class)
                .single();
        String summary = "Re-presented: successful completion on " + DisplayDate.of(completedOn)
                + ", back in treatment on " + DisplayDate.of(state.triagedOn());
        store.history(episode.id(), "RE_PRESENTED", summary);
        timeline.add(episode.clientId(), state.triagedOn(), "EPISODE", summary, null, "EPISODE", episode.id(), null);
        events.publishEvent(new ClientRePresented(
                new ClientId(episode.clientId()),
                new EpisodeId(episode.id()),
                new EpisodeId(state.rePresentationOf()),
                completedOn,
                state.triagedOn()));
    }

    EpisodeManagement.AcceptedReferral acceptedReferral(UUID referralId, UUID organisation) {
        return jdbc.sql("""
                select client_id, received_at, substance_1, substance_2, substance_3 from report_referral
                 where referral_id = ? and status = 'ACCEPTED' and allocated_to = ? and client_id is not null
                """)
                .param(referralId)
                .param(organisation)
                .query((rs, n) -> new EpisodeManagement.AcceptedReferral(
                        rs.getObject(1, UUID.class),
                        LocalDate.ofInstant(DbTime.instant(rs, 2), zone),
                        Stream.of(rs.getString(3), rs.getString(4), rs.getString(5))
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .optional()
                .orElseThrow(() -> new NotFound("Accepted referral", referralId));
    }

    private List<RePresentationPolicy.Completion> completions(UUID clientId) {
        return jdbc.sql("""
                select e.id, e.discharged_on from treatment_episode e
                  join treatment_discharge_reason d on d.code = e.discharge_reason
                 where e.client_id = ? and e.status = 'CLOSED' and d.outcome_class = 'SUCCESSFUL'
                   and e.voided_at is null
                """)
                .param(clientId)
                .query((rs, n) -> new RePresentationPolicy.Completion(
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list();
    }
}
