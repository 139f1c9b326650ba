package org.onedoor.monitoring.alerts;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drug-effect reports a member of staff linked to the client, in the client's subject-access export: what was
 * taken, what happened, where and when, how serious, and what the clinical lead decided. Who reported it is staff
 * information and is not listed; alerts name no client and are not part of the record.
 */
@Component
class DrugEffectSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    DrugEffectSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Reports of unusual drug effects";
    }

    @Override
    public Set<String> tables() {
        return Set.of("monitoring_drug_effect_report");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select substance, what_happened, place, happened_on, severity, status, review_note
                  from monitoring_drug_effect_report
                 where client_id in (:clients)
                 order by happened_on, created_at, id
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Substance", "substance")
                        .text("What happened", "what_happened")
                        .text("Where", "place")
                        .day("When", "happened_on")
                        .text("How serious", "severity")
                        .text("Review", "status")
                        .text("Clinical lead's note", "review_note")
                        .item("Unusual drug effect: " + rs.getString("substance")))
                .list();
    }
}
