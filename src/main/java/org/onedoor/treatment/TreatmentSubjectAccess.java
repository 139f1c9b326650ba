package org.onedoor.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.shared.DisplayDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The treatment part of a client's subject-access export: each episode (voided ones too, marked so) with its
 * interventions and discharge, oldest first. The client module audits the export; this only reads.
 */
@Component
class TreatmentSubjectAccess implements SubjectAccessSection {

    private static final DateTimeFormatter DAY = DisplayDate.DAY;

    private final JdbcClient jdbc;

    TreatmentSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Treatment episodes";
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "treatment_episode",
                "treatment_intervention",
                "treatment_sub_intervention",
                "treatment_episode_history",
                "treatment_outcome_review");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> events = new LinkedHashMap<>();
        jdbc.sql("""
                select x.episode_id, 'Outcome review (TOP)' what, x.reviewed_on on_day, x.created_at at_time
                  from treatment_outcome_review x join treatment_episode e on e.id = x.episode_id
                 where e.client_id in (:clients) and x.voided_at is null
                union all
                select h.episode_id, h.summary, cast(h.changed_at as date), h.changed_at
                  from treatment_episode_history h join treatment_episode e on e.id = h.episode_id
                 where e.client_id in (:clients)
                 order by 3, 4
                """).param("clients", clientIds).query((ResultSet rs) -> {
            events.computeIfAbsent(rs.getObject("episode_id", UUID.class), k -> new ArrayList<>())
                    .add(day(rs, "on_day") + ": " + rs.getString("what"));
        });
        Map<UUID, List<String>> interventions = new LinkedHashMap<>();
        jdbc.sql("""
                select i.episode_id, t.label type_label, s.label setting_label, o.name delivered_by, i.referred_on,
                       i.first_offered_on, i.started_on, i.ended_on, x.label exit_label,
                       (select count(*) from treatment_sub_intervention u
                         where u.intervention_id = i.id and u.voided_at is null) subs
                  from treatment_intervention i
                  join treatment_episode e on e.id = i.episode_id
                  join treatment_intervention_type t on t.code = i.intervention_type
                  join treatment_setting s on s.code = i.setting
                  left join report_organisation o on o.organisation_id = i.delivered_by
                  left join treatment_exit_status x on x.code = i.exit_status
                 where e.client_id in (:clients) and i.voided_at is null
                 order by i.referred_on, i.created_at
                """).param("clients", clientIds).query((ResultSet rs) -> {
            interventions
                    .computeIfAbsent(rs.getObject("episode_id", UUID.class), k -> new ArrayList<>())
                    .add(intervention(rs));
        });
        return jdbc.sql("""
                select e.id, o.name provider, e.referred_on, e.triaged_on, e.care_plan_started_on,
                       s1.label s1, s2.label s2, s3.label s3, e.keyworker_name, e.status, e.discharged_on,
                       d.label reason, e.discharge_destination, t.name transferred_to, e.voided_at, e.void_reason
                  from treatment_episode e
                  left join report_organisation o on o.organisation_id = e.provider_id
                  left join report_organisation t on t.organisation_id = e.transferred_to
                  left join treatment_discharge_reason d on d.code = e.discharge_reason
                  left join report_substance s1 on s1.code = e.substance_1
                  left join report_substance s2 on s2.code = e.substance_2
                  left join report_substance s3 on s3.code = e.substance_3
                 where e.client_id in (:clients)
                 order by e.triaged_on, e.created_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> episode(
                        rs,
                        interventions.getOrDefault(rs.getObject("id", UUID.class), List.of()),
                        events.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    private SubjectAccessItem episode(ResultSet rs, List<String> interventions, List<String> events)
            throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "Provider", rs.getString("provider"));
        put(fields, "Referred", day(rs, "referred_on"));
        put(fields, "Triaged", day(rs, "triaged_on"));
        put(fields, "Care plan started", day(rs, "care_plan_started_on"));
        put(
                fields,
                "Problem substances",
                String.join(
                        ", ",
                        java.util.stream.Stream.of(rs.getString("s1"), rs.getString("s2"), rs.getString("s3"))
                                .filter(java.util.Objects::nonNull)
                                .toList()));
        put(fields, "Keyworker", rs.getString("keyworker_name"));
        put(fields, "Status", "OPEN".equals(rs.getString("status")) ? "Open" : "Discharged");
        for (int i = 0; i < interventions.size(); i++) {
            fields.put("Intervention " + (i + 1), interventions.get(i));
        }
        for (int i = 0; i < events.size(); i++) {
            fields.put("Record " + (i + 1), events.get(i));
        }
        String discharged = day(rs, "discharged_on");
        put(fields, "Discharged", discharged == null ? null : discharged + ": " + rs.getString("reason"));
        put(fields, "Destination", rs.getString("discharge_destination"));
        put(fields, "Transferred to", rs.getString("transferred_to"));
        put(fields, "Voided as made in error", rs.getObject("voided_at") == null ? null : rs.getString("void_reason"));
        return new SubjectAccessItem(
                "Episode at " + rs.getString("provider") + " from " + day(rs, "triaged_on"), fields);
    }

    private String intervention(ResultSet rs) throws SQLException {
        StringBuilder text = new StringBuilder(rs.getString("type_label") + ", " + rs.getString("setting_label")
                + ", delivered by " + rs.getString("delivered_by") + ": referred " + day(rs, "referred_on"));
        String offered = day(rs, "first_offered_on");
        String started = day(rs, "started_on");
        String ended = day(rs, "ended_on");
        if (offered != null) {
            text.append(", first offered ").append(offered);
        }
        if (started != null) {
            text.append(", started ").append(started);
        }
        if (ended != null) {
            text.append(", ended ")
                    .append(ended)
                    .append(" (")
                    .append(rs.getString("exit_label"))
                    .append(")");
        }
        int subs = rs.getInt("subs");
        if (subs > 0) {
            text.append(", ").append(subs).append(subs == 1 ? " sub-intervention" : " sub-interventions");
        }
        return text.toString();
    }

    private static @Nullable String day(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : DAY.format(date);
    }

    private static void put(Map<String, String> fields, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            fields.put(label, value);
        }
    }
}
