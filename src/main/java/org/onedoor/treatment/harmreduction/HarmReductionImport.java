package org.onedoor.treatment.harmreduction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.ItemCount;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Recipient;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Harm reduction in bulk (the demo partnership, migration): needle and syringe programme visits (for a client or
 * anonymous under a pseudonymous code) with their items, naloxone supplies and blood-borne-virus entries. A trusted
 * path for administrators like the treatment import, as batched inserts with one audit entry per call. Tests done are
 * told to assessment in the same transaction ({@link BbvTelling}), in one batch.
 */
@Service
public class HarmReductionImport {

    private final JdbcTemplate jdbc;
    private final AccessLog log;
    private final CurrentUsers currentUsers;
    private final BbvTelling telling;
    private final Clock clock;

    HarmReductionImport(JdbcTemplate jdbc, AccessLog log, CurrentUsers currentUsers, BbvTelling telling, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.currentUsers = currentUsers;
        this.telling = telling;
        this.clock = clock;
    }

    /** A visit at a provider, for a client or (client null) under an upper-case code of 4 to 20 letters and digits. */
    public record ImportedVisit(
            UUID providerId,
            LocalDate visitedOn,
            @Nullable UUID clientId,
            @Nullable String pseudonym,
            Map<String, ItemCount> items) {

        public ImportedVisit {
            if (clientId == null && (pseudonym == null || !pseudonym.matches("[A-Z0-9]{4,20}"))) {
                throw new IllegalArgumentException("An anonymous visit needs a code of 4 to 20 letters and digits");
            }
            items = Map.copyOf(items);
        }
    }

    public record ImportedNaloxone(
            UUID clientId,
            UUID providerId,
            LocalDate suppliedOn,
            String kitType,
            int quantity,
            Recipient recipient,
            @Nullable String recipientName) {}

    public record ImportedBbv(
            UUID clientId,
            UUID providerId,
            Virus virus,
            BbvKind kind,
            LocalDate recordedOn,
            BbvStatus status,
            @Nullable BbvResult result,
            @Nullable Integer dose,
            boolean courseCompleted) {}

    /**
     * Writes everything given; returns how many rows.
     *
     * @throws IllegalArgumentException naming the first blood-borne-virus entry that breaks the rules of
     *                                  {@link BloodBorneVirusEntry}; nothing is saved then
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public int importHarmReduction(List<ImportedVisit> visits, List<ImportedNaloxone> naloxone, List<ImportedBbv> bbv) {
        for (int i = 0; i < bbv.size(); i++) {
            ImportedBbv b = bbv.get(i);
            try {
                BloodBorneVirusEntry.imported(new HarmReductionTypes.BbvEntry(
                        b.virus(), b.kind(), b.recordedOn(), b.status(), b.result(), b.dose(), b.courseCompleted()));
            } catch (FieldProblems problems) {
                throw new IllegalArgumentException(
                        "Imported blood-borne virus entry " + i + ": "
                                + problems.problems().get(0).message(),
                        problems);
            }
        }
        OffsetDateTime at = DbTime.now(clock);
        String by = currentUsers.actorName();
        List<Object[]> visitRows = new ArrayList<>();
        List<Object[]> itemRows = new ArrayList<>();
        for (ImportedVisit v : visits) {
            UUID id = UUID.randomUUID();
            visitRows.add(new Object[] {id, v.visitedOn(), v.providerId(), v.clientId(), v.pseudonym(), at, by});
            v.items().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> itemRows.add(new Object[] {
                        id, e.getKey(), e.getValue().givenOut(), e.getValue().returned()
                    }));
        }
        jdbc.batchUpdate("""
                insert into treatment_nsp_visit (id, visited_on, provider_id, client_id, pseudonym, recorded_at,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?)
                """, visitRows);
        jdbc.batchUpdate(
                "insert into treatment_nsp_item (visit_id, item_code, given_out, returned) values (?, ?, ?, ?)",
                itemRows);
        jdbc.batchUpdate(
                """
                insert into treatment_naloxone_supply (id, client_id, supplied_on, kit_type, quantity, recipient,
                    recipient_name, provider_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                naloxone.stream()
                        .map(n -> new Object[] {
                            UUID.randomUUID(),
                            n.clientId(),
                            n.suppliedOn(),
                            n.kitType(),
                            n.quantity(),
                            n.recipient().name(),
                            n.recipientName(),
                            n.providerId(),
                            at,
                            by
                        })
                        .toList());
        List<UUID> bbvIds = bbv.stream().map(b -> UUID.randomUUID()).toList();
        jdbc.batchUpdate(
                """
                insert into treatment_bbv_entry (id, client_id, virus, kind, recorded_on, status, result, dose,
                    course_completed, provider_id, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                java.util.stream.IntStream.range(0, bbv.size())
                        .mapToObj(i -> row(bbvIds.get(i), bbv.get(i), at, by))
                        .toList());
        telling.tell(bbvIds);
        int total = visits.size() + naloxone.size() + bbv.size();
        UUID first = visits.stream()
                .map(ImportedVisit::clientId)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(
                        naloxone.isEmpty()
                                ? bbv.isEmpty() ? null : bbv.get(0).clientId()
                                : naloxone.get(0).clientId());
        if (total > 0) {
            log.record(new AccessEvent(
                    AccessAction.CREATE,
                    first != null
                            ? AuditSubject.of("CLIENT", first)
                            : AuditSubject.of("NSP_VISIT", (UUID) visitRows.get(0)[0]),
                    "Bulk import",
                    "Bulk import of harm reduction: " + visits.size() + " needle exchange visits, " + naloxone.size()
                            + " naloxone supplies, " + bbv.size() + " blood-borne virus entries"));
        }
        return total;
    }

    private static Object[] row(UUID id, ImportedBbv b, OffsetDateTime at, String by) {
        return new Object[] {
            id,
            b.clientId(),
            b.virus().name(),
            b.kind().name(),
            b.recordedOn(),
            b.status().name(),
            b.result() == null ? null : b.result().name(),
            b.dose(),
            b.courseCompleted(),
            b.providerId(),
            at,
            by
        };
    }
}
