package org.onedoor.treatment.harmreduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.ClientTimeline;
import org.onedoor.client.SealedCategory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NaloxoneSupply;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Recipient;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.treatment.harmreduction.HarmReductionTypes.label;

/**
 * A client's naloxone supplies and blood-borne-virus tests and vaccinations. BBV entries go on the timeline sealed
 * as {@link SealedCategory#BLOOD_BORNE_VIRUS}; the audit trail names what was recorded, never a result.
 */
@Service
public class ClientHarmReduction {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final ClientTimeline timeline;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClientHarmReduction(JdbcClient jdbc, AccessPolicy access, ClientTimeline timeline, AccessLog log,
                        CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.timeline = timeline;
        this.log = log;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID supplyNaloxone(UUID clientId, NaloxoneSupply supply) {
        AccessDecision decision = access.require(clientId);
        LocalDate today = LocalDate.now(clock);
        HarmReductionProblems.Collector problems = new HarmReductionProblems.Collector();
        Dates.check(problems, "suppliedOn", "The date supplied", supply.suppliedOn(), today);
        String kit = jdbc.sql("""
                select label from treatment_naloxone_kit_type
                 where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                """).params(supply.kitType() == null ? "" : supply.kitType(), today, today).query(String.class)
                .optional().orElse(null);
        if (kit == null) {
            problems.add("kitType", "UNKNOWN_CODE", "Choose the kit supplied");
        }
        if (supply.quantity() == null || supply.quantity() < 1 || supply.quantity() > 20) {
            problems.add("quantity", "OUT_OF_RANGE", "Enter a number of kits from 1 to 20");
        }
        if (supply.recipient() == null) {
            problems.add("recipient", "REQUIRED", "Choose who the kit was given to");
        } else if (supply.recipient() == Recipient.CONCERNED_OTHER && tidy(supply.recipientName()) == null) {
            problems.add("recipientName", "REQUIRED", "Enter the concerned other's name or relationship");
        }
        if (supply.recipientName() != null && supply.recipientName().strip().length() > 200) {
            problems.add("recipientName", "TOO_LONG", "Must be 200 characters or fewer");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_naloxone_supply (id, client_id, supplied_on, kit_type, quantity, recipient,
                    recipient_name, provider_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, clientId, supply.suppliedOn(), supply.kitType(), supply.quantity(),
                supply.recipient().name(), supply.recipient() == Recipient.CLIENT ? null : tidy(supply.recipientName()),
                currentUsers.require().organisationId(), clock.instant().atOffset(ZoneOffset.UTC),
                currentUsers.actorName()).update();
        String summary = "Naloxone supplied: " + supply.quantity() + " × " + kit + " to "
                + (supply.recipient() == Recipient.CLIENT ? "the client" : label(supply.recipient()));
        timeline.add(clientId, supply.suppliedOn(), "HARM_REDUCTION", summary, null, "NALOXONE", id, null);
        log.record(new AccessEvent(AccessAction.CREATE, AuditSubject.of("CLIENT", clientId), decision.basis(),
                summary));
        return id;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID recordBbv(UUID clientId, BbvEntry entry) {
        AccessDecision decision = access.require(clientId);
        HarmReductionProblems.Collector problems = new HarmReductionProblems.Collector();
        if (entry.virus() == null) {
            problems.add("virus", "REQUIRED", "Choose hepatitis B, hepatitis C or HIV");
        }
        if (entry.kind() == null) {
            problems.add("kind", "REQUIRED", "Choose a test or a vaccination");
        }
        if (entry.status() == null) {
            problems.add("status", "REQUIRED", "Choose offered, accepted, refused or done");
        }
        Dates.check(problems, "recordedOn", "The date", entry.recordedOn(), LocalDate.now(clock));
        boolean done = entry.status() == BbvStatus.DONE;
        if (entry.kind() == BbvKind.VACCINATION) {
            if (entry.virus() != null && entry.virus() != Virus.HEP_B) {
                problems.add("virus", "NO_VACCINE", "There is no vaccination for " + label(entry.virus())
                        + ": record a test instead");
            }
            if (done && entry.dose() == null) {
                problems.add("dose", "REQUIRED", "Choose which dose was given (1, 2 or 3)");
            }
            if (entry.result() != null) {
                problems.add("result", "NOT_A_TEST", "A vaccination has no result");
            }
        } else if (entry.kind() == BbvKind.TEST) {
            if (entry.dose() != null || entry.courseCompleted()) {
                problems.add("dose", "NOT_A_VACCINATION", "Doses and course completion are for vaccinations");
            }
            if (done && entry.result() == null) {
                problems.add("result", "REQUIRED", "Choose the result of the test");
            }
        }
        if (!done && (entry.result() != null || entry.dose() != null)) {
            problems.add("status", "NOT_DONE", "A result or dose is recorded only when the test or dose was done");
        }
        if (entry.dose() != null && (entry.dose() < 1 || entry.dose() > 3)) {
            problems.add("dose", "OUT_OF_RANGE", "The dose must be 1, 2 or 3");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_bbv_entry (id, client_id, virus, kind, recorded_on, status, result, dose,
                    course_completed, provider_id, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, clientId, entry.virus().name(), entry.kind().name(), entry.recordedOn(),
                entry.status().name(), entry.result() == null ? null : entry.result().name(), entry.dose(),
                entry.courseCompleted(), currentUsers.require().organisationId(),
                clock.instant().atOffset(ZoneOffset.UTC), currentUsers.actorName()).update();
        String what = (entry.kind() == BbvKind.TEST ? "Test for " : "Vaccination against ") + label(entry.virus());
        String summary = what + ": " + label(entry.status()) + (entry.dose() == null ? "" : ", dose " + entry.dose())
                + (entry.result() == null ? "" : ", result " + label(entry.result()))
                + (entry.courseCompleted() ? ", course completed" : "");
        timeline.add(clientId, entry.recordedOn(), "HARM_REDUCTION", summary, null, "BBV", id,
                SealedCategory.BLOOD_BORNE_VIRUS);
        log.record(new AccessEvent(AccessAction.CREATE, AuditSubject.of("CLIENT", clientId), decision.basis(),
                "Blood-borne virus entry recorded (sealed)"));
        return id;
    }
}
