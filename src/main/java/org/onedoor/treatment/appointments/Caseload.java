package org.onedoor.treatment.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.onedoor.assessment.OutcomeDue;
import org.onedoor.assessment.OutcomeSchedule;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.Messages;
import org.onedoor.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "My caseload": every open episode at the person's organisation where they are the keyworker, with what is due
 * (outcome records due from assessment's {@code report_outcome_due}, the page's items listed by
 * {@link OutcomeSchedule} in one more query) and any outcome risk that assessment publishes in {@code report_outcome_risk} (PHQ-9 item 9), in one query
 * (correlated subqueries on indexed columns, so the cost grows with the caseload, not the database).
 */
@Service
public class Caseload {

    /** The orders the caseload can be sorted by. */
    public enum Sort {
        URGENT,
        NEXT,
        CLIENT
    }

    private static final String SQL = """
            select y.*,
                   least(y.review_due, y.outcome_due, cast(y.first_missed as date), y.outcome_risk_on) as urgent_on,
                   count(*) over () as total from (
              select x.*, %s,
                     (select min(d.starts_at) from treatment_appointment d
                       where d.episode_id = x.episode_id and d.status = 'DID_NOT_ATTEND' and d.voided_at is null
                         and (x.last_attended is null or d.starts_at > x.last_attended)) as first_missed
                from (
                  select e.id as episode_id, e.client_id, r.current_reference, e.triaged_on, e.care_plan_started_on,
                         %s,
                         (select max(k.done_on) from report_outcome_risk k
                           where k.client_id = e.client_id) as outcome_risk_on,
                         (select min(a.starts_at) from treatment_appointment a
                           where a.episode_id = e.id and a.status = 'BOOKED' and a.voided_at is null
                             and a.starts_at >= :now) as next_at
                    from treatment_episode e
                    left join report_client_reference r on r.client_id = e.client_id
                   where e.keyworker_username = :keyworker and e.provider_id = :organisation
                     and e.status = 'OPEN' and e.voided_at is null
                ) x
            ) y
            """.formatted(EpisodeDue.MISSED, EpisodeDue.FACTS);

    private final JdbcClient jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final OutcomeSchedule schedule;

    Caseload(JdbcClient jdbc, AccessLog log, CurrentUsers currentUsers, Clock clock, OutcomeSchedule schedule) {
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public ResultPage<CaseloadEntry> mine(Sort sort, int page, int size) {
        CurrentUser user = currentUsers.require();
        return of(user.username(), user.organisationId(), "My caseload", sort, page, size);
    }

    /** A team manager's view of one keyworker's caseload at the manager's organisation, with what is due. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    public ResultPage<CaseloadEntry> ofWorker(String keyworker, Sort sort, int page, int size) {
        CurrentUser user = currentUsers.require();
        if (!user.holds(org.onedoor.security.Role.TEAM_MANAGER)) {
            throw new org.onedoor.shared.AccessRefused(Messages.text("appointment.refused.colleagueCaseload"));
        }
        return of(keyworker, user.organisationId(), "Caseload of " + keyworker, sort, page, size);
    }

    private ResultPage<CaseloadEntry> of(
            String keyworker, java.util.UUID organisation, String what, Sort sort, int page, int size) {
        int pageSize = ResultPage.clampSize(size);
        long from = ResultPage.offset(page, pageSize);
        LocalDateTime now = LocalDateTime.now(clock);
        AtomicLong total = new AtomicLong();
        List<CaseloadEntry> entries = jdbc.sql(
                        SQL + order(sort) + " offset " + from + " rows fetch next " + pageSize + " rows only")
                .param("now", Timestamp.valueOf(now))
                .param("today", now.toLocalDate())
                .param("keyworker", keyworker)
                .param("organisation", organisation)
                .query((rs, n) -> {
                    total.set(rs.getLong("total"));
                    LocalDate review = rs.getObject("review_due", LocalDate.class);
                    LocalDate outcome = rs.getObject("outcome_due", LocalDate.class);
                    Timestamp missed = rs.getTimestamp("first_missed");
                    Timestamp next = rs.getTimestamp("next_at");
                    LocalDate missedOn =
                            missed == null ? null : missed.toLocalDateTime().toLocalDate();
                    return new CaseloadEntry(
                            rs.getObject("episode_id", UUID.class),
                            rs.getObject("client_id", UUID.class),
                            rs.getString("current_reference"),
                            rs.getObject("triaged_on", LocalDate.class),
                            rs.getObject("care_plan_started_on", LocalDate.class),
                            review,
                            outcome,
                            List.of(),
                            rs.getInt("missed"),
                            missedOn,
                            rs.getInt("to_record"),
                            next == null ? null : next.toLocalDateTime(),
                            rs.getObject("urgent_on", LocalDate.class),
                            rs.getObject("outcome_risk_on", LocalDate.class));
                })
                .list();
        entries = withOutcomesDue(entries, now.toLocalDate());
        if (entries.isEmpty() && from > 0) {
            total.set(jdbc.sql("select count(*) from treatment_episode where keyworker_username = ? "
                            + "and provider_id = ? and status = 'OPEN' and voided_at is null")
                    .param(keyworker)
                    .param(organisation)
                    .query(Long.class)
                    .single());
        }
        log.record(new AccessEvent(
                AccessAction.SEARCH,
                null,
                "Direct care",
                what + ": page " + (page + 1) + ", " + entries.size() + " of " + total.get() + " clients"));
        return new ResultPage<>(entries, Math.max(0, page), pageSize, total.get());
    }

    /** The page's outcome records due, from assessment in one query for the whole page. */
    private List<CaseloadEntry> withOutcomesDue(List<CaseloadEntry> entries, LocalDate today) {
        Map<UUID, List<OutcomeDue>> due =
                schedule.due(entries.stream().map(CaseloadEntry::episodeId).toList(), today).stream()
                        .collect(Collectors.groupingBy(OutcomeDue::episodeId));
        return entries.stream()
                .map(e -> e.withOutcomesDue(due.getOrDefault(e.episodeId(), List.of())))
                .toList();
    }

    private static String order(Sort sort) {
        return switch (sort) {
            case NEXT -> " order by next_at nulls last, current_reference, episode_id";
            case CLIENT -> " order by current_reference, episode_id";
            // A risk to self (PHQ-9 item 9) comes before any date: it is acted on today (hazard H08).
            case URGENT ->
                " order by case when outcome_risk_on is null then 1 else 0 end, urgent_on nulls last,"
                        + " current_reference, episode_id";
        };
    }
}
