package org.onedoor.treatment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.ImportedClientEntries;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.jdbc.BatchInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one {@link TreatmentImport} batch: episodes with their journeys, transfers and re-presentations
 * worked out, interventions, sub-interventions, episode history, and the client's timeline and care-team entries.
 */
final class TreatmentImportRows {

    private final String by;
    private final OffsetDateTime at;
    private final TreatmentImportCheck.Codes codes;
    private final RePresentationPolicy rePresentation;
    private final Function<UUID, OrganisationSummary> organisations;
    private final List<Object[]> episodes = new ArrayList<>();
    private final List<Object[]> interventions = new ArrayList<>();
    private final List<Object[]> subs = new ArrayList<>();
    private final List<Object[]> history = new ArrayList<>();
    private final List<ImportedClientEntries.CareTeamEntry> careTeam = new ArrayList<>();
    private final List<ImportedClientEntries.TimelineEntry> timeline = new ArrayList<>();

    TreatmentImportRows(
            String by,
            OffsetDateTime at,
            TreatmentImportCheck.Codes codes,
            RePresentationPolicy rePresentation,
            Function<UUID, OrganisationSummary> organisations) {
        this.by = by;
        this.at = at;
        this.codes = codes;
        this.rePresentation = rePresentation;
        this.organisations = organisations;
    }

    /** Adds one client's episodes after the completions already on record; returns the new episodes' ids. */
    List<UUID> add(ImportedTreatment treatment, List<RePresentationPolicy.Completion> earlier) {
        UUID client = treatment.clientId();
        List<RePresentationPolicy.Completion> completions = new ArrayList<>(earlier);
        List<UUID> ids = new ArrayList<>();
        for (ImportedEpisode e : treatment.episodes()) {
            ids.add(UUID.randomUUID());
        }
        UUID journey = UUID.randomUUID();
        UUID from = null;
        for (int n = 0; n < treatment.episodes().size(); n++) {
            ImportedEpisode e = treatment.episodes().get(n);
            UUID id = ids.get(n);
            String outcome =
                    e.dischargeReason() == null ? null : codes.outcomeOf().get(e.dischargeReason());
            boolean transfer = "TRANSFER".equals(outcome);
            UUID transferredTo = transfer ? treatment.episodes().get(n + 1).providerId() : null;
            RePresentationPolicy.Completion returnedTo =
                    rePresentation.returnedTo(completions, e.triagedOn()).orElse(null);
            episodes.add(new Object[] {
                id,
                client,
                e.providerId(),
                e.referralId(),
                journey,
                from,
                e.referredOn(),
                e.triagedOn(),
                e.carePlanStartedOn(),
                substance(e, 0),
                substance(e, 1),
                substance(e, 2),
                e.keyworkerUsername(),
                e.keyworkerName(),
                e.dischargedOn() == null ? "OPEN" : "CLOSED",
                e.dischargedOn(),
                e.dischargeReason(),
                transferredTo,
                returnedTo == null ? null : returnedTo.episodeId(),
                at,
                by
            });
            OrganisationSummary provider = organisations.apply(e.providerId());
            String opened = "Episode opened at " + provider.name() + (from != null ? " (transfer)" : "");
            record(client, id, "OPENED", opened, e.triagedOn());
            if (returnedTo != null) {
                record(
                        client,
                        id,
                        "RE_PRESENTED",
                        "Re-presented: successful completion on " + DisplayDate.of(returnedTo.dischargedOn())
                                + ", back in treatment on " + DisplayDate.of(e.triagedOn()),
                        e.triagedOn());
            }
            if (e.referralId() == null) {
                team(
                        client,
                        e.providerId(),
                        CareTeamRole.RESPONSIBLE,
                        e.keyworkerUsername(),
                        e.keyworkerName(),
                        e.triagedOn(),
                        "EPISODE",
                        id,
                        e.dischargedOn());
            }
            for (ImportedEpisode.Intervention i : e.interventions()) {
                intervention(client, id, e, i);
            }
            if (e.dischargedOn() != null) {
                record(
                        client,
                        id,
                        "DISCHARGED",
                        "Discharged on " + DisplayDate.of(e.dischargedOn()) + ": "
                                + codes.reasonLabels().get(e.dischargeReason()),
                        e.dischargedOn());
                if ("SUCCESSFUL".equals(outcome)) {
                    completions.add(new RePresentationPolicy.Completion(id, e.dischargedOn()));
                }
            }
            from = transfer ? id : null;
            journey = transfer ? journey : UUID.randomUUID();
        }
        return ids;
    }

    private void intervention(UUID client, UUID episodeId, ImportedEpisode e, ImportedEpisode.Intervention i) {
        UUID id = UUID.randomUUID();
        interventions.add(new Object[] {
            id,
            episodeId,
            i.type(),
            i.setting(),
            i.deliveredBy(),
            i.referredOn(),
            i.firstOfferedOn(),
            i.startedOn(),
            i.endedOn(),
            i.exitStatus(),
            at,
            by
        });
        for (ImportedEpisode.SubIntervention sub : i.subInterventions()) {
            subs.add(new Object[] {UUID.randomUUID(), id, sub.type(), sub.startedOn(), at, by});
        }
        OrganisationSummary deliverer = organisations.apply(i.deliveredBy());
        String label = codes.interventionTypes().get(i.type());
        if (i.startedOn() != null) {
            record(
                    client,
                    episodeId,
                    "INTERVENTION_STARTED",
                    label + " at " + deliverer.name() + ": started on " + DisplayDate.of(i.startedOn()),
                    i.startedOn());
        }
        if (!i.deliveredBy().equals(e.providerId())) {
            team(
                    client,
                    i.deliveredBy(),
                    deliverer.type().isPractice() ? CareTeamRole.SHARED_CARE : CareTeamRole.PARTNER,
                    null,
                    null,
                    i.referredOn(),
                    "INTERVENTION",
                    id,
                    i.endedOn() != null ? i.endedOn() : e.dischargedOn());
        }
    }

    private void record(UUID client, UUID episodeId, String action, String summary, LocalDate on) {
        history.add(new Object[] {UUID.randomUUID(), episodeId, action, summary, at, by});
        timeline.add(new ImportedClientEntries.TimelineEntry(
                client, new ImportedClient.Event(on, "EPISODE", summary, null, "EPISODE", episodeId, null)));
    }

    private void team(
            UUID client,
            UUID organisation,
            CareTeamRole role,
            @Nullable String worker,
            @Nullable String workerName,
            LocalDate from,
            String kind,
            UUID source,
            @Nullable LocalDate to) {
        careTeam.add(new ImportedClientEntries.CareTeamEntry(
                client,
                new CareTeamMembership(organisation, role, worker, workerName, from, kind, source),
                to,
                to == null ? null : "Treatment ended"));
    }

    ImportedClientEntries clientEntries() {
        return new ImportedClientEntries(careTeam, timeline);
    }

    int episodeCount() {
        return episodes.size();
    }

    void write(JdbcTemplate jdbc) {
        batch(jdbc, """
                insert into treatment_episode (id, client_id, provider_id, referral_id, journey_id, transferred_from,
                    referred_on, triaged_on, care_plan_started_on, substance_1, substance_2, substance_3,
                    keyworker_username, keyworker_name, status, discharged_on, discharge_reason, transferred_to,
                    re_presentation_of, version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, episodes);
        batch(jdbc, """
                insert into treatment_intervention (id, episode_id, intervention_type, setting, delivered_by,
                    referred_on, first_offered_on, started_on, ended_on, exit_status, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, interventions);
        batch(jdbc, """
                insert into treatment_sub_intervention (id, intervention_id, sub_type, started_on, created_at,
                    created_by)
                values (?, ?, ?, ?, ?, ?)
                """, subs);
        batch(jdbc, """
                insert into treatment_episode_history (id, episode_id, action, summary, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)
                """, history);
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        BatchInsert.run(jdbc, sql, rows);
    }

    private static @Nullable String substance(ImportedEpisode e, int index) {
        return e.substances().size() > index ? e.substances().get(index) : null;
    }
}
