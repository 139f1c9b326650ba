package org.onedoor.treatment.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A team manager's view of the caseloads at their organisation, by keyworker, with what is overdue on each (the same
 * due dates as "my caseload": care-plan goal reviews, outcome records due (assessment's {@code report_outcome_due}:
 * start TOP/AOR, PHQ-9 and GAD-7, six-monthly reviews), appointments missed since the
 * last attended one, booked appointments whose outcome is still to record) and how many of its clients have a PHQ-9
 * item 9 risk open (assessment's {@code report_outcome_risk}), so that a risk on the caseload of someone away is seen
 * (hazard H08). One grouped statement; no client is named, so it needs no client access.
 */
@Service
public class TeamCaseloads {

    private static final String SQL = """
            select y.keyworker_username, max(y.keyworker_name) as keyworker_name, count(*) as episodes,
                   sum(case when y.review_due < :today then 1 else 0 end) as reviews_overdue,
                   sum(case when y.outcome_due < :today then 1 else 0 end) as outcomes_overdue,
                   sum(case when y.outcome_due >= :today then 1 else 0 end) as outcomes_due,
                   sum(case when y.missed > 0 then 1 else 0 end) as missing,
                   sum(y.to_record) as to_record,
                   sum(case when exists (select 1 from report_outcome_risk k where k.client_id = y.client_id)
                            then 1 else 0 end) as at_risk
              from (select x.*, %s
                      from (select e.id as episode_id, e.client_id, e.keyworker_username, e.keyworker_name, e.triaged_on, %s
                              from treatment_episode e
                             where e.provider_id = :organisation and e.status = 'OPEN' and e.voided_at is null
                           ) x
                   ) y
             group by y.keyworker_username
             order by max(y.keyworker_name), y.keyworker_username
            """.formatted(EpisodeDue.MISSED, EpisodeDue.FACTS);

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    TeamCaseloads(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Every keyworker's open caseload at the manager's organisation (and the episodes with none), by name. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public List<WorkerCaseload> ofMyTeam() {
        CurrentUser user = currentUsers.require();
        if (!user.holds(Role.TEAM_MANAGER)) {
            throw new AccessRefused(Messages.text("appointment.refused.teamCaseloads"));
        }
        return jdbc.sql(SQL)
                .param("today", LocalDate.now(clock))
                .param("now", Timestamp.valueOf(LocalDateTime.now(clock)))
                .param("organisation", user.organisationId())
                .query((rs, n) -> new WorkerCaseload(
                        rs.getString("keyworker_username"),
                        rs.getString("keyworker_name"),
                        rs.getInt("episodes"),
                        rs.getInt("reviews_overdue"),
                        rs.getInt("outcomes_overdue"),
                        rs.getInt("outcomes_due"),
                        rs.getInt("missing"),
                        rs.getInt("to_record"),
                        rs.getInt("at_risk")))
                .list();
    }

    /**
     * One keyworker's open caseload and what is overdue on it.
     *
     * @param username            null for the open episodes with no keyworker
     * @param carePlanReviewsOverdue episodes whose earliest care-plan goal review is past
     * @param outcomeReviewsOverdue  episodes with an outcome record (TOP/AOR, PHQ-9, GAD-7) overdue
     * @param outcomeRecordsDue      episodes with an outcome record due and none overdue
     * @param withMissedAppointments episodes with appointments missed since the last attended one
     * @param outcomesToRecord       past booked appointments whose outcome is not recorded
     * @param atRisk                 episodes whose client has a PHQ-9 item 9 risk on their latest PHQ-9
     */
    public record WorkerCaseload(
            @Nullable String username,
            @Nullable String name,
            int openEpisodes,
            int carePlanReviewsOverdue,
            int outcomeReviewsOverdue,
            int outcomeRecordsDue,
            int withMissedAppointments,
            int outcomesToRecord,
            int atRisk) {

        public int overdue() {
            return carePlanReviewsOverdue + outcomeReviewsOverdue + withMissedAppointments + outcomesToRecord;
        }
    }
}
