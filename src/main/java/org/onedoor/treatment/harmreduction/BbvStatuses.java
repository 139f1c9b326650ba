package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * A client's blood-borne-virus status at a glance, from harm reduction's own record: the latest test of each virus
 * and the latest hepatitis B vaccination. Shown beside the outcome measures by page composition (the trajectory page
 * pulls it from treatment), never entered twice. Access is the client's ({@code AccessPolicy}) and the view is
 * audited; a viewer outside the BLOOD_BORNE_VIRUS seal learns only how many entries are sealed.
 */
@Service
class BbvStatuses {

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final Sealing sealing;
    private final CurrentUsers currentUsers;

    BbvStatuses(JdbcClient jdbc, ClinicalChanges changes, Sealing sealing, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.sealing = sealing;
        this.currentUsers = currentUsers;
    }

    /** The latest entry of one virus and kind. */
    record Latest(
            String virus,
            String kind,
            LocalDate recordedOn,
            String status,
            @Nullable String result,
            @Nullable Integer dose,
            boolean courseCompleted) {}

    /** What the viewer may see: the latest entries (empty outside the seal) and how many entries are sealed. */
    record Status(List<Latest> latest, int sealed) {}

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    Status of(UUID clientId) {
        AccessDecision decision = changes.require(clientId);
        boolean sees = sealing.sees(currentUsers.require(), SealedCategory.BLOOD_BORNE_VIRUS);
        if (!sees) {
            int sealed = jdbc.sql("select count(*) from treatment_bbv_entry where client_id = ? and voided_at is null")
                    .param(clientId)
                    .query(Integer.class)
                    .single();
            changes.viewed(clientId, decision, "Blood-borne virus status (" + sealed + " sealed entries withheld)");
            return new Status(List.of(), sealed);
        }
        List<Latest> latest = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        jdbc
                .sql("""
                select virus, kind, recorded_on, status, result, dose, course_completed from treatment_bbv_entry
                 where client_id = ? and voided_at is null order by recorded_on desc, recorded_at desc
                """)
                .param(clientId)
                .query((rs, n) -> new Latest(
                        HarmReductionTypes.label(HarmReductionTypes.Virus.valueOf(rs.getString(1))),
                        rs.getString(2).equals("TEST") ? "Test" : "Vaccination",
                        rs.getObject(3, LocalDate.class),
                        HarmReductionTypes.label(HarmReductionTypes.BbvStatus.valueOf(rs.getString(4))),
                        rs.getString(5) == null ? null : rs.getString(5).toLowerCase(),
                        (Integer) rs.getObject(6),
                        rs.getBoolean(7)))
                .list()
                .stream()
                .filter(entry -> seen.add(entry.virus() + entry.kind()))
                .forEach(latest::add);
        changes.viewed(clientId, decision, "Blood-borne virus status");
        return new Status(latest, 0);
    }
}
