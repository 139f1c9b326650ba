package org.onedoor.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What treatment tells assessment about an episode, told downwards (architecture 2.5): its client, its care-plan
 * start, its substance group (alcohol only or drugs: AOR or TOP), how many interventions are open, when it closed,
 * and for cohort outcome measures its provider (the partner) and its {@link ReportingSubstanceGroup}. Outcome rules read it (no exit record while interventions are open) and so does scheduling
 * ({@link OutcomeSchedule}: a start TOP due within a window of the care-plan start). Treatment calls {@link #tell}
 * in the same transaction whenever one of these facts changes, and {@link #tellAll} for an import batch; until it
 * does, assessment knows nothing of the episode and the rules that need it do not apply.
 */
@Service
public class OutcomeEpisodes {

    /** An episode's substance group as outcomes see it: alcohol only (AOR) or drugs (TOP). */
    public static final String ALCOHOL = "ALCOHOL";

    public static final String DRUG = "DRUG";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    OutcomeEpisodes(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /**
     * One episode's facts as they are now.
     *
     * @param substanceGroup {@link #ALCOHOL} for an alcohol-only episode, {@link #DRUG} otherwise
     * @param providerId     the provider the episode is with: the partner its outcomes count for (null: not told)
     * @param reportingGroup the episode's {@link ReportingSubstanceGroup} (null: not told)
     */
    public record Told(
            UUID episodeId,
            ClientId clientId,
            @Nullable LocalDate carePlanStartedOn,
            String substanceGroup,
            int openInterventions,
            @Nullable LocalDate closedOn,
            @Nullable OrganisationId providerId,
            @Nullable ReportingSubstanceGroup reportingGroup) {

        /** The facts without the cohort ones (provider and reporting group), as told before they were added. */
        public Told(
                UUID episodeId,
                ClientId clientId,
                @Nullable LocalDate carePlanStartedOn,
                String substanceGroup,
                int openInterventions,
                @Nullable LocalDate closedOn) {
            this(episodeId, clientId, carePlanStartedOn, substanceGroup, openInterventions, closedOn, null, null);
        }
    }

    /**
     * The episode's facts as they are now, replacing what was told before (a drug episode); the cohort facts told
     * before (provider and reporting group) are kept.
     */
    @Transactional
    public void tell(
            UUID episodeId,
            UUID clientId,
            @Nullable LocalDate carePlanStartedOn,
            int openInterventions,
            @Nullable LocalDate closedOn) {
        tellAll(List.of(
                new Told(episodeId, new ClientId(clientId), carePlanStartedOn, DRUG, openInterventions, closedOn)));
    }

    /**
     * Several episodes' facts as they are now (an import batch): two batched statements, whatever the count. A
     * provider or reporting group not told (null) keeps the one told before.
     */
    @Transactional
    public void tellAll(List<Told> episodes) {
        if (episodes.isEmpty()) {
            return;
        }
        OffsetDateTime at = DbTime.now(clock);
        upsert(
                "assessment_episode",
                episodes,
                Told::episodeId,
                t -> new Object[] {
                    t.clientId().value(),
                    t.carePlanStartedOn(),
                    t.substanceGroup(),
                    t.openInterventions(),
                    t.closedOn(),
                    t.providerId() == null ? null : t.providerId().value(),
                    groupName(t),
                    at
                },
                """
                update assessment_episode set client_id = ?, care_plan_started_on = ?, substance_group = ?,
                       open_interventions = ?, closed_on = ?, provider_id = coalesce(?, provider_id),
                       reporting_substance_group = coalesce(?, reporting_substance_group), told_at = ? where id = ?
                """,
                """
                insert into assessment_episode (id, client_id, care_plan_started_on, substance_group,
                    open_interventions, closed_on, provider_id, reporting_substance_group, told_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
    }

    /**
     * What treatment told, replacing what it told before under the same id: one query for the ids already held, then
     * one batched update and one batched insert. {@code update} takes the values then the id; {@code insert} the id
     * then the values.
     */
    private <T> void upsert(
            String table,
            List<T> told,
            Function<T, UUID> id,
            Function<T, Object[]> values,
            String update,
            String insert) {
        Set<UUID> known = new HashSet<>(jdbc.sql("select id from " + table + " where id in (:ids)")
                .param("ids", told.stream().map(id).toList())
                .query(UUID.class)
                .list());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (T each : told) {
            Object[] row = values.apply(each);
            Object[] args = new Object[row.length + 1];
            if (known.contains(id.apply(each))) {
                System.arraycopy(row, 0, args, 0, row.length);
                args[row.length] = id.apply(each);
                updates.add(args);
            } else {
                args[0] = id.apply(each);
                System.arraycopy(row, 0, args, 1, row.length);
                inserts.add(args);
            }
        }
        if (!updates.isEmpty()) {
            template.batchUpdate(update, updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(insert, inserts);
        }
    }

    private static @Nullable String groupName(Told told) {
        return told.reportingGroup() == null ? null : told.reportingGroup().name();
    }

    /**
     * A blood-borne-virus test as treatment's harm-reduction record holds it. {@code testId} is treatment's record id;
     * {@code virus} is HEPATITIS_C, HEPATITIS_B or HIV; {@code episodeId} the episode it was done in, when known.
     */
    public record TestTold(
            UUID testId,
            ClientId client,
            @Nullable UUID episodeId,
            OrganisationId organisation,
            String virus,
            LocalDate testedOn,
            boolean voided) {}

    /**
     * A blood-borne-virus test as treatment's harm-reduction record holds it, told again whenever it changes (voided
     * included), so that {@code report_outcome} serves the hepatitis C measure without assessment reading treatment's
     * tables.
     */
    @Transactional
    public void testedForBloodBorneVirus(
            UUID testId,
            ClientId client,
            @Nullable UUID episodeId,
            OrganisationId organisation,
            String virus,
            LocalDate testedOn,
            boolean voided) {
        testedForBloodBorneViruses(
                List.of(new TestTold(testId, client, episodeId, organisation, virus, testedOn, voided)));
    }

    /** Several tests as they are now (an import batch): two batched statements, whatever the count. */
    @Transactional
    public void testedForBloodBorneViruses(List<TestTold> tests) {
        if (tests.isEmpty()) {
            return;
        }
        OffsetDateTime at = DbTime.now(clock);
        upsert(
                "assessment_bbv_test",
                tests,
                TestTold::testId,
                t -> new Object[] {
                    t.client().value(), t.episodeId(), t.organisation().value(), t.virus(), t.testedOn(), t.voided(), at
                },
                """
                update assessment_bbv_test set client_id = ?, episode_id = ?, organisation_id = ?, virus = ?,
                       tested_on = ?, voided = ?, told_at = ? where id = ?
                """,
                """
                insert into assessment_bbv_test (id, client_id, episode_id, organisation_id, virus, tested_on,
                    voided, told_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """);
    }

    /** How many interventions treatment last said were open in the episode, or null when it never said. */
    @Nullable
    Integer openInterventions(UUID episodeId) {
        return jdbc.sql("select open_interventions from assessment_episode where id = ?")
                .param(episodeId)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }
}
