package org.onedoor.treatment.family;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Family and carer support in a client's subject-access export: that a concerned other linked to the client is
 * supported, by whom, since when and how many sessions they had. Their name, contact details and what they said in
 * their sessions are information about another person and are withheld (ADR 0006, third-party information).
 */
@Component
class FamilySubjectAccess implements SubjectAccessSection {

    static final String WITHHELD = "Their name, contact details and session notes are withheld:"
            + " they are information about another person";

    private final JdbcClient jdbc;

    FamilySubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Family and carer support";
    }

    @Override
    public Set<String> tables() {
        return Set.of("treatment_concerned_other", "treatment_family_session");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.relationship, c.consent_recorded_on, o.name organisation, c.voided_at, c.void_reason,
                       (select count(*) from treatment_family_session s
                         where s.concerned_other_id = c.id and s.voided_at is null) sessions
                  from treatment_concerned_other c
                  left join report_organisation o on o.organisation_id = c.organisation_id
                 where c.client_id in (:clients)
                 order by c.consent_recorded_on, c.created_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Relationship to you", "relationship")
                        .text("Supported by", "organisation")
                        .day("Registered", "consent_recorded_on")
                        .put("Sessions", rs.getInt("sessions"))
                        .put("Withheld", WITHHELD)
                        .voided()
                        .item("Concerned other (" + rs.getString("relationship") + ")"))
                .list();
    }
}
