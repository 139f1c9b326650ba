package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.RefusedRow;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API for loading clients in bulk: the demo partnership, benchmarks and, later, migration from a previous
 * system. A <strong>trusted path</strong> for administrators: unlike {@link ClientRegistry} it neither matches
 * existing clients nor checks identities against the code lists and the practice list (the database's constraints
 * still apply); it checks only that each client has the fewest details a record starts from, and refuses the whole
 * import, saving nothing, when one does not.
 * <p>
 * Writes are set-based: clients go in {@value #BATCH} at a time, every table as one batched insert, references
 * taken from {@code client_reference_seq} in one query. Each batch writes one history row per client and one
 * audit entry, naming the batch's first client and the range of references.
 */
@Service
public class ClientImport {

    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ClientCodes codes;
    private final ClientSettings settings;
    private final Directory directory;

    ClientImport(
            JdbcTemplate jdbc,
            ClientAudit audit,
            CurrentUsers currentUsers,
            Clock clock,
            ClientCodes codes,
            ClientSettings settings,
            Directory directory) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.settings = settings;
        this.directory = directory;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Imports the clients with everything recorded about them; returns their ids in the order given.
     *
     * @throws IllegalArgumentException naming the first client that {@link ClientCheck} refuses, with each problem,
     *                                  or whose consents or substances lack what a record needs
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public List<UUID> importClients(List<ImportedClient> clients) {
        ClientCodes known = clients.isEmpty() ? codes : codes.readOnce();
        Map<UUID, Boolean> practices = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < clients.size(); i++) {
            NewClient identity = clients.get(i).identity();
            boolean knownPractice = identity.gpPracticeId() == null
                    || practices.computeIfAbsent(
                            identity.gpPracticeId(),
                            id -> directory
                                    .findOrganisation(id)
                                    .map(o -> o.type().isPractice())
                                    .orElse(false));
            try {
                ClientCheck.check(identity, today, settings.acceptTestNhsNumbers(), known, knownPractice);
            } catch (DomainRuleViolation refused) {
                throw RefusedRow.of("Imported client " + i, refused);
            }
            check(i, clients.get(i));
        }
        List<UUID> ids = new ArrayList<>(clients.size());
        for (int from = 0; from < clients.size(); from += BATCH) {
            ids.addAll(importBatch(clients.subList(from, Math.min(clients.size(), from + BATCH))));
        }
        return ids;
    }

    /**
     * Adds care-team and timeline entries to clients already on record, as batched inserts: the trusted path of a
     * module above loading its own history in bulk (the treatment import). The caller writes the audit entry for
     * what it imported; the entries are part of it.
     */
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    @Transactional
    public void addEntries(ImportedClientEntries entries) {
        ClientImportRows rows = new ClientImportRows(currentUsers.actorName(), DbTime.now(clock));
        for (ImportedClientEntries.CareTeamEntry entry : entries.careTeam()) {
            rows.careTeam(entry.clientId(), entry.membership(), entry.endedOn(), entry.endReason());
        }
        for (ImportedClientEntries.TimelineEntry entry : entries.timeline()) {
            rows.timeline(entry.clientId(), entry.event());
        }
        rows.write(jdbc);
    }

    private List<UUID> importBatch(List<ImportedClient> clients) {
        List<Long> numbers = jdbc.queryForList("""
                with recursive n (i) as (select 1 union all select i + 1 from n where i < ?)
                select nextval('client_reference_seq') from n
                """, Long.class, clients.size());
        numbers = numbers.stream().sorted().toList();
        ClientImportRows rows = new ClientImportRows(currentUsers.actorName(), DbTime.now(clock));
        List<UUID> ids = new ArrayList<>(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            ids.add(rows.add(clients.get(i), "C" + numbers.get(i)));
        }
        rows.write(jdbc);
        String range = "C" + numbers.get(0) + " to C" + numbers.get(numbers.size() - 1);
        audit.did(
                AccessAction.CREATE,
                ids.get(0),
                "Bulk import",
                "Bulk import: " + clients.size() + (clients.size() == 1 ? " client, " : " clients, ") + range);
        return ids;
    }

    private static void check(int index, ImportedClient client) {
        for (ConsentRecord consent : client.consents()) {
            if (consent.purpose() == null
                    || consent.decision() == null
                    || consent.decidedOn() == null
                    || consent.method() == null) {
                throw new IllegalArgumentException(
                        "Imported client " + index + ": each consent needs its purpose, decision, date and method");
            }
        }
        if (client.substances().size() > 3 || !client.substances().isEmpty() && client.substancesOn() == null) {
            throw new IllegalArgumentException(
                    "Imported client " + index + ": up to three problem substances, with the date they were recorded");
        }
    }
}
