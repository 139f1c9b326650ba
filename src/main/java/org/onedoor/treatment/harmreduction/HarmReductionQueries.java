package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.SealedCategory;
import org.onedoor.client.Sealing;
import org.onedoor.security.CurrentUsers;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A client's harm-reduction history (audited VIEW). Blood-borne-virus entries are left out, in SQL, for viewers
 * outside the BLOOD_BORNE_VIRUS seal: they see only how many are sealed. Voided entries are left out for everyone.
 */
@Service
public class HarmReductionQueries {

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final Sealing sealing;
    private final CurrentUsers currentUsers;

    HarmReductionQueries(JdbcClient jdbc, ClinicalChanges changes, Sealing sealing, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.sealing = sealing;
        this.currentUsers = currentUsers;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public History history(UUID clientId) {
        AccessDecision decision = changes.require(clientId);
        Map<UUID, String> items = jdbc
                .sql("""
                select i.visit_id, t.label, i.given_out, i.returned from treatment_nsp_item i
                  join treatment_nsp_item_type t on t.code = i.item_code
                  join treatment_nsp_visit v on v.id = i.visit_id
                 where v.client_id = ? order by t.sort_order
                """)
                .param(clientId)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2) + " " + rs.getInt(3) + " out / " + rs.getInt(4) + " back"
                })
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        row -> (UUID) row[0],
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(row -> (String) row[1], Collectors.joining(", "))));
        List<Visit> visits = jdbc.sql("""
                select id, visited_on, pseudonym, linked_by from treatment_nsp_visit where client_id = ?
                 order by visited_on desc, recorded_at desc
                """)
                .param(clientId)
                .query((rs, n) -> new Visit(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        items.getOrDefault(rs.getObject(1, UUID.class), "")))
                .list();
        List<Naloxone> naloxone = jdbc.sql("""
                select n.supplied_on, k.label, n.quantity, n.recipient, n.recipient_name
                  from treatment_naloxone_supply n join treatment_naloxone_kit_type k on k.code = n.kit_type
                 where n.client_id = ? order by n.supplied_on desc, n.recorded_at desc
                """)
                .param(clientId)
                .query((rs, n) -> new Naloxone(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        boolean sees = sealing.sees(currentUsers.require(), SealedCategory.BLOOD_BORNE_VIRUS);
        List<Bbv> bbv = !sees
                ? List.of()
                : jdbc.sql("""
                select recorded_on, virus, kind, status, result, dose, course_completed, id from treatment_bbv_entry
                 where client_id = ? and voided_at is null order by recorded_on desc, recorded_at desc
                """)
                        .param(clientId)
                        .query((rs, n) -> new Bbv(
                                rs.getObject(1, LocalDate.class),
                                HarmReductionTypes.label(HarmReductionTypes.Virus.valueOf(rs.getString(2))),
                                rs.getString(3).equals("TEST") ? "Test" : "Vaccination",
                                rs.getString(4).toLowerCase(),
                                rs.getString(5) == null ? null : rs.getString(5).toLowerCase(),
                                (Integer) rs.getObject(6),
                                rs.getBoolean(7),
                                rs.getObject(8, UUID.class)))
                        .list();
        int sealed = sees
                ? 0
                : jdbc.sql("select count(*) from treatment_bbv_entry where client_id = ? and voided_at is null")
                        .param(clientId)
                        .query(Integer.class)
                        .single();
        changes.viewed(
                clientId,
                decision,
                "Harm reduction history" + (sealed > 0 ? " (" + sealed + " sealed BBV entries withheld)" : ""));
        return new History(visits, naloxone, bbv, sealed);
    }

    public record History(List<Visit> visits, List<Naloxone> naloxone, List<Bbv> bbv, int sealedBbv) {}

    public record Visit(
            UUID id,
            LocalDate visitedOn,
            @Nullable String pseudonym,
            @Nullable String linkedBy,
            String items) {}

    public record Naloxone(
            LocalDate suppliedOn,
            String kit,
            int quantity,
            String recipient,
            @Nullable String recipientName) {}

    public record Bbv(
            LocalDate recordedOn,
            String virus,
            String kind,
            String status,
            @Nullable String result,
            @Nullable Integer dose,
            boolean courseCompleted,
            UUID id) {}
}
