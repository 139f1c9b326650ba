package org.onedoor.treatment.harmreduction;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.Consents;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.ItemCount;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NspVisit;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    NeedleExchange(
            JdbcClient jdbc, ClinicalChanges changes, Consents consents, CurrentUsers currentUsers, Clock clock) {
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
        FieldProblems.Collector problems = HarmReductionTypes.PROBLEMS.collector();
        String pseudonym = visit.pseudonym() == null ? null : tidy(code(visit.pseudonym()));
        if (visit.clientId() == null && pseudonym == null) {
            problems.add("pseudonym", "REQUIRED", Messages.text("harmReduction.pseudonym.required"));
        } else if (pseudonym != null && (pseudonym.length() < 4 || pseudonym.length() > 20)) {
            problems.add("pseudonym", "BAD_CODE", Messages.text("harmReduction.pseudonym.badCode"));
        }
        Dates.check(problems, "visitedOn", "The date of the visit", visit.visitedOn(), today);
        List<String> known =
                jdbc.sql("""
                select code from treatment_nsp_item_type
                 where valid_from <= ? and (valid_to is null or valid_to >= ?)
                """).params(today, today).query(String.class).list();
        int total = 0;
        for (Map.Entry<String, ItemCount> item : visit.items().entrySet()) {
            if (!known.contains(item.getKey())) {
                problems.add("items", "UNKNOWN_CODE", Messages.text("harmReduction.items.unknownCode", item.getKey()));
            } else if (item.getValue().givenOut() < 0
                    || item.getValue().returned() < 0
                    || item.getValue().givenOut() > 1000
                    || item.getValue().returned() > 1000) {
                problems.add("items", "OUT_OF_RANGE", Messages.text("harmReduction.items.outOfRange"));
            }
            total += item.getValue().givenOut() + item.getValue().returned();
        }
        if (total == 0) {
            problems.add("items", "REQUIRED", Messages.text("harmReduction.items.required"));
        }
        if (visit.notes() != null && visit.notes().strip().length() > 1000) {
            problems.add("notes", "TOO_LONG", Messages.text("harmReduction.notes.tooLong"));
        }
        problems.throwIfAny();
        AccessDecision decision = visit.clientId() == null ? null : changes.require(visit.clientId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_nsp_visit (id, visited_on, provider_id, client_id, pseudonym, notes,
                    recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        visit.visitedOn(),
                        currentUsers.require().organisationId(),
                        visit.clientId(),
                        pseudonym,
                        tidy(visit.notes()),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        visit.items().forEach((item, count) -> {
            if (count.givenOut() + count.returned() > 0) {
                jdbc.sql(
                                "insert into treatment_nsp_item (visit_id, item_code, given_out, returned) values (?, ?, ?, ?)")
                        .params(id, item, count.givenOut(), count.returned())
                        .update();
            }
        });
        String summary = "Needle and syringe programme visit: "
                + visit.items().values().stream().mapToInt(ItemCount::givenOut).sum() + " items given out, "
                + visit.items().values().stream().mapToInt(ItemCount::returned).sum() + " returned";
        if (visit.clientId() != null) {
            changes.record(ClinicalChange.of(AccessAction.CREATE, visit.clientId(), decision, summary)
                    .onTimeline("HARM_REDUCTION", visit.visitedOn(), "NSP_VISIT", id));
        } else {
            changes.record(ClinicalChange.about(
                    AccessAction.CREATE,
                    AuditSubject.of("NSP_VISIT", id),
                    null,
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
            throw HarmReductionTypes.PROBLEMS.one(
                    "client", "NO_CONSENT", Messages.text("harmReduction.client.noConsent"));
        }
        if (!clientAgreed) {
            throw HarmReductionTypes.PROBLEMS.one(
                    "clientAgreed", "NOT_AGREED", Messages.text("harmReduction.clientAgreed.notAgreed"));
        }
        int linked = jdbc.sql("""
                update treatment_nsp_visit set client_id = ?, linked_at = ?, linked_by = ?
                 where pseudonym = ? and client_id is null
                """)
                .params(clientId, DbTime.now(clock), currentUsers.actorName(), pseudonym)
                .update();
        if (linked == 0) {
            throw HarmReductionTypes.PROBLEMS.one(
                    "pseudonym", "NO_VISITS", Messages.text("harmReduction.pseudonym.noVisits", pseudonym));
        }
        String summary =
                linked + (linked == 1 ? " anonymous needle exchange visit" : " anonymous needle exchange visits")
                        + " under code " + pseudonym + " linked to the record with the client's consent";
        changes.record(ClinicalChange.of(AccessAction.CHANGE, clientId, decision, summary)
                .onTimeline("HARM_REDUCTION", LocalDate.now(clock), "NSP_LINK", null));
        return linked;
    }
}
