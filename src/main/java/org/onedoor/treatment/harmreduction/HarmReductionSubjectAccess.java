package org.onedoor.treatment.harmreduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.client.spi.SubjectAccessFields;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Harm reduction in a client's subject-access export: needle and syringe programme visits linked to the client with
 * the items given and returned, naloxone supplied and blood-borne-virus tests and vaccinations (sealed from some
 * roles on screen, but the client's own data, so included).
 */
@Component
class HarmReductionSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    HarmReductionSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Harm reduction";
    }

    @Override
    public Set<String> tables() {
        return Set.of("treatment_nsp_visit", "treatment_nsp_item", "treatment_naloxone_supply", "treatment_bbv_entry");
    }

    @Override
    public List<SubjectAccessItem> items(Set<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        List<SubjectAccessItem> items = new ArrayList<>(jdbc.sql("""
                select v.visited_on, o.name provider, v.pseudonym, v.linked_by, v.notes,
                       (select count(*) from treatment_nsp_item i where i.visit_id = v.id) kinds,
                       (select sum(i.given_out) from treatment_nsp_item i where i.visit_id = v.id) given_out,
                       (select sum(i.returned) from treatment_nsp_item i where i.visit_id = v.id) returned
                  from treatment_nsp_visit v left join report_organisation o on o.organisation_id = v.provider_id
                 where v.client_id in (:clients)
                 order by v.visited_on, v.recorded_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Where", "provider")
                        .text("Recorded under the code", "pseudonym")
                        .text("Linked to your record by", "linked_by")
                        .put("Items given out", rs.getInt("given_out"))
                        .put("Items returned", rs.getInt("returned"))
                        .text("Notes", "notes")
                        .item("Needle and syringe programme visit on " + SubjectAccessFields.day(rs, "visited_on")))
                .list());
        items.addAll(jdbc.sql("""
                select n.supplied_on, k.label kit, n.quantity, n.recipient, n.recipient_name, o.name provider
                  from treatment_naloxone_supply n join treatment_naloxone_kit_type k on k.code = n.kit_type
                  left join report_organisation o on o.organisation_id = n.provider_id
                 where n.client_id in (:clients)
                 order by n.supplied_on, n.recorded_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Kit", "kit")
                        .put("Quantity", rs.getInt("quantity"))
                        .put("Given to", "CLIENT".equals(rs.getString("recipient")) ? "You" : "Someone close to you")
                        .text("Where", "provider")
                        .item("Naloxone supplied on " + SubjectAccessFields.day(rs, "supplied_on")))
                .list());
        items.addAll(jdbc.sql("""
                select b.recorded_on, b.virus, b.kind, b.status, b.result, b.dose, b.course_completed,
                       o.name provider, b.void_reason
                  from treatment_bbv_entry b left join report_organisation o on o.organisation_id = b.provider_id
                 where b.client_id in (:clients)
                 order by b.recorded_on, b.recorded_at
                """)
                .param("clients", clientIds)
                .query((rs, n) -> SubjectAccessFields.of(rs)
                        .text("Virus", "virus")
                        .text("Test or vaccination", "kind")
                        .text("Status", "status")
                        .text("Result", "result")
                        .text("Dose", "dose")
                        .put("Course completed", rs.getBoolean("course_completed") ? "Yes" : null)
                        .text("Where", "provider")
                        .text("Voided, entered in error", "void_reason")
                        .item("Blood-borne virus " + rs.getString("kind").toLowerCase(java.util.Locale.UK) + " on "
                                + SubjectAccessFields.day(rs, "recorded_on")))
                .list());
        return items;
    }
}
