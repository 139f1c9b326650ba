package org.onedoor.treatment.harmreduction;

import static org.onedoor.shared.Text.tidy;
import static org.onedoor.treatment.harmreduction.HarmReductionTypes.label;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.SealedCategory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NaloxoneSupply;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Recipient;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's naloxone supplies and blood-borne-virus tests and vaccinations. BBV entries go on the timeline sealed
 * as {@link SealedCategory#BLOOD_BORNE_VIRUS}; the audit trail names what was recorded, never a result. A test done is
 * told to assessment in the same transaction ({@link BbvTelling}) for the hepatitis C outcome measure.
 */
@Service
public class ClientHarmReduction {

    private final JdbcClient jdbc;
    private final ClinicalChanges changes;
    private final CurrentUsers currentUsers;
    private final BbvTelling telling;
    private final Clock clock;

    ClientHarmReduction(
            JdbcClient jdbc, ClinicalChanges changes, CurrentUsers currentUsers, BbvTelling telling, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.currentUsers = currentUsers;
        this.telling = telling;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID supplyNaloxone(UUID clientId, NaloxoneSupply supply) {
        AccessDecision decision = changes.require(clientId);
        LocalDate today = LocalDate.now(clock);
        FieldProblems.Collector problems = HarmReductionTypes.PROBLEMS.collector();
        Dates.check(problems, "suppliedOn", "The date supplied", supply.suppliedOn(), today);
        String kit = jdbc.sql("""
                select label from treatment_naloxone_kit_type
                 where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
                """)
                .params(supply.kitType() == null ? "" : supply.kitType(), today, today)
                .query(String.class)
                .optional()
                .orElse(null);
        if (kit == null) {
            problems.add("kitType", "UNKNOWN_CODE", Messages.text("harmReduction.kitType.unknownCode"));
        }
        if (supply.quantity() == null || supply.quantity() < 1 || supply.quantity() > 20) {
            problems.add("quantity", "OUT_OF_RANGE", Messages.text("harmReduction.quantity.outOfRange"));
        }
        if (supply.recipient() == null) {
            problems.add("recipient", "REQUIRED", Messages.text("harmReduction.recipient.required"));
        } else if (supply.recipient() == Recipient.CONCERNED_OTHER && tidy(supply.recipientName()) == null) {
            problems.add("recipientName", "REQUIRED", Messages.text("harmReduction.recipientName.required"));
        }
        if (supply.recipientName() != null && supply.recipientName().strip().length() > 200) {
            problems.add("recipientName", "TOO_LONG", Messages.text("harmReduction.recipientName.tooLong"));
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_naloxone_supply (id, client_id, supplied_on, kit_type, quantity, recipient,
                    recipient_name, provider_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        clientId,
                        supply.suppliedOn(),
                        supply.kitType(),
                        supply.quantity(),
                        supply.recipient().name(),
                        supply.recipient() == Recipient.CLIENT ? null : tidy(supply.recipientName()),
                        currentUsers.require().organisationId(),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        String summary = "Naloxone supplied: " + supply.quantity() + " × " + kit + " to "
                + (supply.recipient() == Recipient.CLIENT ? "the client" : label(supply.recipient()));
        changes.record(ClinicalChange.of(AccessAction.CREATE, clientId, decision, summary)
                .onTimeline("HARM_REDUCTION", supply.suppliedOn(), "NALOXONE", id));
        return id;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID recordBbv(UUID clientId, BbvEntry entry) {
        AccessDecision decision = changes.require(clientId);
        String summary =
                BloodBorneVirusEntry.record(entry, LocalDate.now(clock)).summary();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_bbv_entry (id, client_id, virus, kind, recorded_on, status, result, dose,
                    course_completed, provider_id, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        clientId,
                        entry.virus().name(),
                        entry.kind().name(),
                        entry.recordedOn(),
                        entry.status().name(),
                        entry.result() == null ? null : entry.result().name(),
                        entry.dose(),
                        entry.courseCompleted(),
                        currentUsers.require().organisationId(),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        telling.tell(List.of(id));
        changes.record(
                ClinicalChange.of(AccessAction.CREATE, clientId, decision, "Blood-borne virus entry recorded (sealed)")
                        .onTimeline(new ClinicalChange.TimelineNote(
                                "HARM_REDUCTION",
                                entry.recordedOn(),
                                summary,
                                null,
                                "BBV",
                                id,
                                SealedCategory.BLOOD_BORNE_VIRUS)));
        return id;
    }

    /**
     * Voids a blood-borne-virus entry recorded in error, with a reason; it stays, marked, and no longer counts. A
     * voided test is told to assessment in the same transaction, so it leaves {@code report_outcome} (late data).
     */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void voidBbv(UUID clientId, UUID entryId, @Nullable String reason) {
        AccessDecision decision = changes.require(clientId);
        String why = tidy(reason);
        FieldProblems.Collector problems = HarmReductionTypes.PROBLEMS.collector();
        if (why == null) {
            problems.add("voidReason", "REQUIRED", Messages.text("harmReduction.voidReason.required"));
        } else if (why.length() > 500) {
            problems.add("voidReason", "TOO_LONG", Messages.text("harmReduction.voidReason.tooLong"));
        }
        problems.throwIfAny();
        int voided = jdbc.sql("""
                update treatment_bbv_entry set voided_at = ?, voided_by = ?, void_reason = ?
                 where id = ? and client_id = ? and voided_at is null
                """)
                .params(DbTime.now(clock), currentUsers.actorName(), why, entryId, clientId)
                .update();
        if (voided == 0) {
            throw alreadyVoidedOrNotFound(clientId, entryId);
        }
        telling.tell(List.of(entryId));
        changes.record(
                ClinicalChange.of(AccessAction.VOID, clientId, decision, "Blood-borne virus entry voided (sealed)")
                        .onTimeline(new ClinicalChange.TimelineNote(
                                "HARM_REDUCTION",
                                LocalDate.now(clock),
                                "Blood-borne virus entry voided: " + why,
                                null,
                                "BBV",
                                entryId,
                                SealedCategory.BLOOD_BORNE_VIRUS)));
    }

    /** Why a void changed nothing: the client's entry was voided before (said at the field), or there is none. */
    private RuntimeException alreadyVoidedOrNotFound(UUID clientId, UUID entryId) {
        boolean held = jdbc.sql("select count(*) from treatment_bbv_entry where id = ? and client_id = ?")
                        .params(entryId, clientId)
                        .query(Long.class)
                        .single()
                > 0;
        return held
                ? new DomainRuleViolation(
                        "ALREADY_VOIDED", "voidReason", Messages.text("harmReduction.voidReason.alreadyVoided"))
                : new NotFound("Blood-borne virus entry", entryId);
    }
}
