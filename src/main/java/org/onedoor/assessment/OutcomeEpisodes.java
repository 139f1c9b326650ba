package org.onedoor.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.shared.jdbc.DbTime;

/**
 * What treatment tells assessment about an episode, told downwards (architecture 2.5): its client, its care-plan
 * start, how many interventions are open and when it closed. Outcome rules read it (no exit record while
 * interventions are open) and scheduling will (a start TOP due within a window of the care-plan start). Treatment
 * calls {@link #tell} whenever one of these facts changes; until it does, assessment knows nothing of the episode
 * and the rules that need it do not apply.
 */
@Service
public class OutcomeEpisodes {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutcomeEpisodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The episode's facts as they are now, replacing what was told before. */
    @Transactional
    public void tell(UUID episodeId, UUID clientId, @Nullable LocalDate carePlanStartedOn, int openInterventions,
                     @Nullable LocalDate closedOn) {
        int changed = jdbc.sql("""
                update assessment_episode set client_id = :client, care_plan_started_on = :carePlan,
                       open_interventions = :open, closed_on = :closed, told_at = :at
                 where id = :episode
                """).param("episode", episodeId).param("client", clientId).param("carePlan", carePlanStartedOn)
                .param("open", openInterventions).param("closed", closedOn)
                .param("at", DbTime.now(clock)).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into assessment_episode (id, client_id, care_plan_started_on, open_interventions,
                        closed_on, told_at)
                    values (:episode, :client, :carePlan, :open, :closed, :at)
                    """).param("episode", episodeId).param("client", clientId).param("carePlan", carePlanStartedOn)
                    .param("open", openInterventions).param("closed", closedOn)
                    .param("at", DbTime.now(clock)).update();
        }
    }

    /**
     * A blood-borne-virus test as treatment's harm-reduction record holds it, told again whenever it changes (voided
     * included), so that {@code report_outcome} serves the hepatitis C measure without assessment reading treatment's
     * tables. {@code testId} is treatment's record id; {@code virus} is HEPATITIS_C, HEPATITIS_B or HIV.
     */
    @Transactional
    public void testedForBloodBorneVirus(UUID testId, UUID clientId, @Nullable UUID episodeId, UUID organisationId,
                                         String virus, LocalDate testedOn, boolean voided) {
        int changed = jdbc.sql("""
                update assessment_bbv_test set client_id = ?, episode_id = ?, organisation_id = ?, virus = ?,
                       tested_on = ?, voided = ?, told_at = ?
                 where id = ?
                """).params(clientId, episodeId, organisationId, virus, testedOn, voided, DbTime.now(clock), testId)
                .update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into assessment_bbv_test (id, client_id, episode_id, organisation_id, virus, tested_on,
                        voided, told_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(testId, clientId, episodeId, organisationId, virus, testedOn, voided,
                    DbTime.now(clock)).update();
        }
    }

    /** How many interventions treatment last said were open in the episode, or null when it never said. */
    @Nullable Integer openInterventions(UUID episodeId) {
        return jdbc.sql("select open_interventions from assessment_episode where id = ?").param(episodeId)
                .query(Integer.class).optional().orElse(null);
    }
}
