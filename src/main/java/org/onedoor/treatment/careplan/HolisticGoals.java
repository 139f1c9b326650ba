package org.onedoor.treatment.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.OutcomeDetail;
import org.onedoor.assessment.OutcomeReading;
import org.onedoor.assessment.OutcomeStatus;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A goal from a holistic assessment sent to the care plan in one step. Treatment reads the goal from assessment's own
 * record ({@link OutcomeReading}, which checks access and audits the view), so the text is never typed twice and
 * cannot be tampered with on the way; assessment knows nothing of care plans (its page posts to treatment). The goal
 * goes to the episode the record was made in when it is open, otherwise to the client's one open episode, in the
 * care-plan area matching the assessment's, through {@link CarePlans#addGoal} (its rules and audit). A goal already
 * sent and not voided is not sent again.
 */
@Service
class HolisticGoals {

    /** The holistic assessment's areas (item prefixes) and the care-plan areas they become. */
    static final Map<String, String> DOMAINS = Map.of(
            "housing", "HOUSING",
            "money", "MONEY_BENEFITS",
            "transport", "TRANSPORT",
            "food", "FOOD",
            "social", "SOCIAL_NETWORK",
            "work", "EMPLOYMENT_EDUCATION",
            "family", "FAMILY_RELATIONSHIPS",
            "physical", "PHYSICAL_HEALTH",
            "mental", "MENTAL_HEALTH",
            "substances", "SUBSTANCE_USE");

    /** How far ahead a sent goal's target date is set; the worker changes it at the goal's first review. */
    static final int TARGET_WEEKS = 12;

    private final OutcomeReading outcomes;
    private final CarePlans carePlans;
    private final JdbcClient jdbc;
    private final Clock clock;

    HolisticGoals(OutcomeReading outcomes, CarePlans carePlans, JdbcClient jdbc, Clock clock) {
        this.outcomes = outcomes;
        this.carePlans = carePlans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The goal added: its episode and id. */
    record Sent(UUID episodeId, UUID goalId, LocalDate targetDate) {}

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    Sent send(UUID clientId, UUID recordId, @Nullable String item) {
        OutcomeDetail record = outcomes.one(clientId, recordId);
        String area = item == null || !item.endsWith("_goal") ? null : item.substring(0, item.length() - 5);
        String text = item == null ? null : record.answers().get(item);
        if (!record.summary().instrument().equals("holistic")
                || record.summary().status() != OutcomeStatus.FINAL
                || area == null
                || !DOMAINS.containsKey(area)
                || text == null
                || text.isBlank()) {
            throw refused("NO_SUCH_GOAL", "carePlan.fromAssessment.noSuchGoal");
        }
        UUID episodeId = episode(clientId, record.summary().episodeId());
        Integer sent = jdbc.sql("""
                select count(*) from treatment_care_plan_goal
                 where episode_id = ? and source_record_id = ? and source_item = ? and voided_at is null
                """)
                .params(episodeId, recordId, item)
                .query(Integer.class)
                .single();
        if (sent > 0) {
            throw refused("ALREADY_SENT", "carePlan.fromAssessment.alreadySent");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate target = today.plusWeeks(TARGET_WEEKS);
        UUID goalId = carePlans.addGoal(episodeId, new NewGoal(DOMAINS.get(area), text, target, null, today));
        jdbc.sql("update treatment_care_plan_goal set source_record_id = ?, source_item = ? where id = ?")
                .params(recordId, item, goalId)
                .update();
        return new Sent(episodeId, goalId, target);
    }

    /** The record's own episode when it is open, otherwise the client's one open episode. */
    private UUID episode(UUID clientId, @Nullable UUID recordEpisode) {
        List<UUID> open = jdbc.sql("""
                select id from treatment_episode
                 where client_id = ? and status = 'OPEN' and voided_at is null order by triaged_on desc
                """).param(clientId).query(UUID.class).list();
        if (recordEpisode != null && open.contains(recordEpisode)) {
            return recordEpisode;
        }
        if (open.isEmpty()) {
            throw refused("NO_OPEN_EPISODE", "carePlan.fromAssessment.noOpenEpisode");
        }
        if (open.size() > 1) {
            throw refused("SEVERAL_OPEN_EPISODES", "carePlan.fromAssessment.severalOpenEpisodes");
        }
        return open.get(0);
    }

    private static DomainRuleViolation refused(String code, String message) {
        return new DomainRuleViolation(code, null, Messages.text(message));
    }
}
