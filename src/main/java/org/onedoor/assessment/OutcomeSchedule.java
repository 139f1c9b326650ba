package org.onedoor.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.InstrumentDefinition;
import org.onedoor.assessment.instrument.Instruments;
import org.onedoor.assessment.instrument.OutcomeStage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What outcome records are due, from the episode facts treatment tells {@link OutcomeEpisodes} and the records on
 * file: the rules are the {@code report_outcome_due} view (one set-based statement; treatment's caseloads join it),
 * their settings {@link AssessmentSettings}, written into the view's settings row at start-up.
 */
@Service
public class OutcomeSchedule implements InitializingBean {

    private final JdbcClient jdbc;
    private final AssessmentSettings settings;
    private final Instruments instruments;

    OutcomeSchedule(JdbcClient jdbc, AssessmentSettings settings, Instruments instruments) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.instruments = instruments;
    }

    @Override
    public void afterPropertiesSet() {
        jdbc.sql("""
                update assessment_schedule_setting set start_window_days = :window, review_months = :months,
                       review_tolerance_days = :tolerance, mood_review_from = :mood where id = 1
                """)
                .param("window", settings.startWindowDays())
                .param("months", settings.reviewMonths())
                .param("tolerance", settings.reviewToleranceDays())
                .param("mood", settings.moodReviewFrom())
                .update();
    }

    /** The records due by {@code today} (due or overdue) for these episodes, in one query, soonest first. */
    public List<OutcomeDue> due(Collection<UUID> episodeIds, LocalDate today) {
        if (episodeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select episode_id, client_id, instrument, stage, due_from, due_on, due_by from report_outcome_due
                 where episode_id in (:episodes) and due_from <= :today
                 order by due_by, episode_id, instrument
                """)
                .param("episodes", episodeIds)
                .param("today", today)
                .query((rs, n) -> new OutcomeDue(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        name(rs.getString(3)),
                        OutcomeStage.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /**
     * The short title of the exit record the episode lacks (TOP, or AOR for an alcohol-only episode), or null when
     * it has one or treatment never told assessment of the episode: the discharge page warns about it.
     */
    public @Nullable String missingExit(UUID episodeId) {
        return jdbc.sql("""
                select case when e.substance_group = 'ALCOHOL' then 'aor' else 'top' end from assessment_episode e
                  join assessment_schedule_setting w on w.id = 1
                 where e.id = :episode
                   and not exists (select 1 from assessment_outcome_record r
                        where r.client_id = e.client_id and r.status = 'FINAL' and r.stage = 'EXIT'
                          and r.instrument = case when e.substance_group = 'ALCOHOL' then 'aor' else 'top' end
                          and (r.episode_id = e.id or (r.episode_id is null and r.done_on >= cast(
                               e.care_plan_started_on - w.start_window_days * interval '1' day as date))))
                """)
                .param("episode", episodeId)
                .query(String.class)
                .optional()
                .map(this::name)
                .orElse(null);
    }

    private String name(String instrument) {
        return instruments
                .latest(instrument)
                .map(InstrumentDefinition::shortTitle)
                .orElse(instrument);
    }
}
