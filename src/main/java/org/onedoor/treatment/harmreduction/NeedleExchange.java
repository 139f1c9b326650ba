package org.onedoor.treatment.harmreduction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.Consents;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.ItemCount;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NspVisit;

import static org.onedoor.shared.Text.tidy;

/**
 * Needle and syringe programme visits: recorded for a client or anonymously under a code, and a code linked to a
 * client later only when the client has consented (recorded as direct-care consent, and confirmed at the link).
 */
@Service
public class NeedleExchange {

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final Consents consents;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    NeedleExchange(JdbcClient jdbc, ClinicalChanges changes, Consents consents, CurrentUsers currentUsers,
                   Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.consents = consents;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A pseudonymous code as stored: upper case, letters and digits only. */
    public static String code(String typed) {
        return typed.strip().toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", "");
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID record(NspVisit visit) {
        LocalDate today = LocalDate.now(clock);
        HarmReductionProblems.Collector problems = new HarmReductionProblems.Collector();
        String pseudonym = visit.pseudonym() == null ? null : tidy(code(visit.pseudonym()));
        if (visit.clientId() == null && pseudonym == null) {
            problems.add("pseudonym", "REQUIRED", "Enter the code for an anonymous visit, like JS01021980M");
        } else if (pseudonym != null && (pseudonym.length() < 4 || pseudonym.length() > 20)) {
            problems.add("pseudonym", "BAD_CODE", "The code must be 4 to 20 letters and digits");
        }
        Dates.check(problems, "visitedOn", "The date of the visit", visit.visitedOn(), today);
        List<String> known = jdbc.sql("""
                select code from treatment_nsp_item_type
                 where valid_from <= ? and (valid_to is null or valid_to >= ?)
                """).params(today, today).query(String.class).list();
        int total = 0;
        for (Map.Entry<String, ItemCount> item : visit.items().entrySet()) {
            if (!known.contains(item.getKey())) {
                problems.add("items", "UNKNOWN_CODE", "Unknown item " + item.getKey());
            } else if (item.getValue().givenOut() < 0 || item.getValue().returned() < 0
                    || item.getValue().givenOut() > 1000 || item.getValue().returned() > 1000) {
                problems.add("items", "OUT_OF_RANGE", "Numbers of items must be from 0 to 1000");
            }
            total += item.getValue().givenOut() + item.getValue().returned();
        }
        if (total == 0) {
            problems.add("items", "REQUIRED", "Enter at least one item given out or returned");
        }
        if (visit.notes() != null && visit.notes().strip().length() > 1000) {
            problems.add("notes", "TOO_LONG", "Notes must be 1000 characters or fewer");
        }
        problems.throwIfAny();
        AccessDecision decision = visit.clientId() == null ? null : changes.require(visit.clientId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_nsp_visit (id, visited_on, provider_id, client_id, pseudonym, notes,
                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, visit.visitedOn(), currentUsers.require().organisationId(), visit.clientId(),
                pseudonym, tidy(visit.notes()), DbTime.now(clock), currentUsers.actorName())
                .update();
        visit.items().forEach((item, count) -> {
            if (count.givenOut() + count.returned() > 0) {
                jdbc.sql("insert into treatment_nsp_item (visit_id, item_code, given_out, returned) values (?, ?, ?, ?)")
                        .params(id, item, count.givenOut(), count.returned()).update();
            }
        });
        String summary = "Needle and syringe programme visit: " + visit.items().values().stream()
                .mapToInt(ItemCount::givenOut).sum() + " items given out, " + visit.items().values().stream()
                .mapToInt(ItemCount::returned).sum() + " returned";
        if (visit.clientId() != null) {
            changes.record(ClinicalChange.of(AccessAction.CREATE, visit.clientId(), decision, summary)
                    .onTimeline("HARM_REDUCTION", visit.visitedOn(), "NSP_VISIT", id));
        } else {
            changes.record(ClinicalChange.about(AccessAction.CREATE, AuditSubject.of("NSP_VISIT", id), null,
                    "Anonymous " + summary.substring(0, 1).toLowerCase(Locale.UK) + summary.substring(1)));
        }
        return id;
    }

    /**
     * Links every anonymous visit under the code to the client: only when the person may see the client, the client
     * has direct-care consent in force and the person confirms the client agreed to this link. Returns how many.
     */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public int link(String typedCode, UUID clientId, boolean clientAgreed) {
        String pseudonym = code(typedCode);
        AccessDecision decision = changes.require(clientId);
        if (!consents.allows(clientId, ConsentPurpose.DIRECT_CARE)) {
            throw HarmReductionProblems.one("client", "NO_CONSENT", "The client has no consent to direct care in "
                    + "force: record their consent before linking needle exchange visits to their record");
        }
        if (!clientAgreed) {
            throw HarmReductionProblems.one("clientAgreed", "NOT_AGREED",
                    "Confirm that the client agreed to link these visits to their record");
        }
        int linked = jdbc.sql("""
                update treatment_nsp_visit set client_id = ?, linked_at = ?, linked_by = ?
                 where pseudonym = ? and client_id is null
                """).params(clientId, DbTime.now(clock), currentUsers.actorName(), pseudonym)
                .update();
        if (linked == 0) {
            throw HarmReductionProblems.one("pseudonym", "NO_VISITS", "No anonymous visits are recorded under "
                    + pseudonym);
        }
        String summary = linked + (linked == 1 ? " anonymous needle exchange visit" : " anonymous needle exchange visits")
                + " under code " + pseudonym + " linked to the record with the client's consent";
        changes.record(ClinicalChange.of(AccessAction.CHANGE, clientId, decision, summary)
                .onTimeline("HARM_REDUCTION", LocalDate.now(clock), "NSP_LINK", null));
        return linked;
    }
}
