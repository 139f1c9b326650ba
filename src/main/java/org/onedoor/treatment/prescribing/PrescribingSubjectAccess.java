package org.onedoor.treatment.prescribing;

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
 * Prescribing courses in a client's subject-access export: medicine, prescriber, pharmacy, every dose and
 * supervision change and every review, voided courses marked; oldest first.
 */
@Component
class PrescribingSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    PrescribingSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Prescribing";
    }

    @Override
    public Set<String> tables() {
        return Set.of("treatment_prescribing_course", "treatment_prescribing_change", "treatment_prescribing_review");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> events = new LinkedHashMap<>();
        jdbc.sql("""
                select x.course_id, x.changed_on on_day, 1 ord, x.seq, x.kind, x.dose_mg, x.instalment,
                       x.supervised, x.reason, cast(null as varchar(1000)) outcome, cast(null as varchar(160)) reviewer
                  from treatment_prescribing_change x join treatment_prescribing_course c on c.id = x.course_id
                 where c.client_id in (:clients)
                union all
                select r.course_id, r.reviewed_on, 2, 0, 'REVIEW', null, null, null, null, r.outcome, r.reviewer
                  from treatment_prescribing_review r join treatment_prescribing_course c on c.id = r.course_id
                 where c.client_id in (:clients)
                 order by 2, 3, 4
                """).param("clients", clientIds).query(rs -> {
            events.computeIfAbsent(rs.getObject("course_id", UUID.class), k -> new ArrayList<>())
                    .add(event(rs));
        });
        return jdbc.sql("""
                select c.id, m.label medicine_label, c.medicine_other, c.prescriber_name, c.pharmacy_name,
                       c.started_on, c.stopped_on, c.stop_reason, c.dose_mg, c.voided_at, c.void_reason
                  from treatment_prescribing_course c join treatment_ost_medicine m on m.code = c.medicine
                 where c.client_id in (:clients)
                 order by c.started_on, c.created_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> {
                    SubjectAccessFields fields = SubjectAccessFields.of(rs)
                            .text("Medicine", "medicine_label")
                            .text("Medicine (other)", "medicine_other")
                            .text("Prescriber", "prescriber_name")
                            .text("Pharmacy", "pharmacy_name")
                            .day("Started", "started_on")
                            .put(
                                    "Dose now (mg)",
                                    rs.getBigDecimal("dose_mg")
                                            .stripTrailingZeros()
                                            .toPlainString())
                            .day("Stopped", "stopped_on")
                            .text("Why stopped", "stop_reason");
                    List<String> happened = events.getOrDefault(rs.getObject("id", UUID.class), List.of());
                    for (int i = 0; i < happened.size(); i++) {
                        fields.put("Event " + (i + 1), happened.get(i));
                    }
                    return fields.voided().item("Prescribing course from " + SubjectAccessFields.day(rs, "started_on"));
                })
                .list();
    }

    private static String event(java.sql.ResultSet rs) throws java.sql.SQLException {
        String day = SubjectAccessFields.day(rs, "on_day");
        if ("REVIEW".equals(rs.getString("kind"))) {
            return day + ": reviewed by " + rs.getString("reviewer") + ": " + rs.getString("outcome");
        }
        StringBuilder text = new StringBuilder(day + ": " + rs.getString("kind").toLowerCase(java.util.Locale.UK));
        if (rs.getBigDecimal("dose_mg") != null) {
            text.append(", ")
                    .append(rs.getBigDecimal("dose_mg").stripTrailingZeros().toPlainString())
                    .append(" mg");
        }
        if (rs.getString("instalment") != null) {
            text.append(", ")
                    .append(Instalment.valueOf(rs.getString("instalment"))
                            .label()
                            .toLowerCase(java.util.Locale.UK));
        }
        if (rs.getObject("supervised") != null) {
            text.append(rs.getBoolean("supervised") ? ", supervised" : ", not supervised");
        }
        if (rs.getString("reason") != null) {
            text.append(": ").append(rs.getString("reason"));
        }
        return text.toString();
    }
}
