package org.onedoor.treatment.careplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care-plan goals in a client's subject-access export, each with its reviews (and so every status it has had),
 * voided ones marked; oldest first.
 */
@Component
class CarePlanSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    CarePlanSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Care plans";
    }

    @Override
    public Set<String> tables() {
        return Set.of("treatment_care_plan_goal", "treatment_goal_review", "treatment_goal_status_history");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> reviews = new LinkedHashMap<>();
        jdbc.sql("""
                select r.goal_id, r.reviewed_on, r.summary, r.status, r.voided_at
                  from treatment_goal_review r join treatment_care_plan_goal g on g.id = r.goal_id
                 where g.client_id in (:clients)
                 order by r.reviewed_on, r.created_at
                """).param("clients", clientIds).query(rs -> {
            reviews.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
                    .add(SubjectAccessFields.day(rs, "reviewed_on") + ": " + rs.getString("summary") + " ("
                            + GoalStatus.valueOf(rs.getString("status")).label() + ")"
                            + (rs.getObject("voided_at") == null ? "" : ", voided as made in error"));
        });
        return jdbc.sql("""
                select g.id, d.label domain_label, g.goal_text, g.set_on, g.target_date, g.status, g.voided_at,
                       g.void_reason
                  from treatment_care_plan_goal g join treatment_goal_domain d on d.code = g.domain
                 where g.client_id in (:clients)
                 order by g.set_on, g.created_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> {
                    SubjectAccessFields fields = SubjectAccessFields.of(rs)
                            .text("Area of life", "domain_label")
                            .text("Goal", "goal_text")
                            .day("Set", "set_on")
                            .day("Target date", "target_date")
                            .put(
                                    "Status",
                                    GoalStatus.valueOf(rs.getString("status")).label());
                    List<String> done = reviews.getOrDefault(rs.getObject("id", UUID.class), List.of());
                    for (int i = 0; i < done.size(); i++) {
                        fields.put("Review " + (i + 1), done.get(i));
                    }
                    return fields.voided().item("Goal set on " + SubjectAccessFields.day(rs, "set_on"));
                })
                .list();
    }
}
