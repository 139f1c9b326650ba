package org.onedoor.audittrail;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The module API for recording access to identifiable data. Each call stamps the entry with the person acting (their
 * username, roles and organisation), the time from the clock and the request's source address, and appends it to the
 * hash chain.
 * <p>
 * Appends run in their own transaction ({@link Propagation#REQUIRES_NEW}): a view is logged even when the caller's
 * work later rolls back, and the chain head's row lock is held only for the append, not for the caller's whole
 * transaction. The lock on the single {@code audit_chain_head} row serialises appends, so concurrent callers never
 * fork the chain or leave a gap in {@code seq}. See {@code docs/adr/0005-audit-hash-chain.md}.
 */
@Service
public class AccessLog {

    static final int MAX_SOURCE_ADDRESS = 100;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Records one access and returns the entry's id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID record(AccessEvent event) {
        return append(List.of(event)).get(0);
    }

    /**
     * Records several accesses made in one go (a search result, an export) in one transaction and one turn of the
     * chain lock, and returns the entries' ids in order.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<UUID> recordBatch(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return append(events);
    }

    private List<UUID> append(List<AccessEvent> events) {
        @Nullable CurrentUser user = currentUsers.find().orElse(null);
        String username = currentUsers.actorName();
        @Nullable String roles = user == null ? null : roles(user);
        @Nullable UUID organisationId = user == null ? null : user.organisationId();
        @Nullable String sourceAddress = sourceAddress();
        Instant now = AuditHash.storable(clock.instant());

        ChainHead head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("The audit chain head is missing"));

        long seq = head.lastSeq();
        String previousHash = head.lastHash();
        List<UUID> ids = new ArrayList<>(events.size());
        for (AccessEvent event : events) {
            seq++;
            AuditSubject subject = event.subject();
            AuditEntry entry = new AuditEntry(
                    seq,
                    UUID.randomUUID(),
                    now,
                    username,
                    roles,
                    organisationId,
                    event.action().name(),
                    subject == null ? null : subject.kind(),
                    subject == null ? null : subject.id(),
                    event.purpose(),
                    event.detail(),
                    sourceAddress,
                    previousHash);
            String entryHash = AuditHash.entryHash(entry);
            insert(jdbc, entry, entryHash);
            ids.add(entry.id());
            previousHash = entryHash;
        }
        jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", seq)
                .param("hash", previousHash)
                .update();
        return ids;
    }

    /** Writes one entry as it is (the tamper tests forge entries through it too, so both write the same columns). */
    static void insert(JdbcClient jdbc, AuditEntry entry, String entryHash) {
        jdbc.sql("""
                        insert into audit_access_log (seq, id, recorded_at, username, roles, organisation_id, action,
                            subject_kind, subject_id, purpose, detail, source_address, previous_hash, entry_hash)
                        values (:seq, :id, :recordedAt, :username, :roles, :organisationId, :action,
                            :subjectKind, :subjectId, :purpose, :detail, :sourceAddress, :previousHash, :entryHash)
                        """)
                .param("seq", entry.seq())
                .param("id", entry.id())
                .param("recordedAt", DbTime.toDb(entry.recordedAt()))
                .param("username", entry.username())
                .param("roles", entry.roles())
                .param("organisationId", entry.organisationId())
                .param("action", entry.action())
                .param("subjectKind", entry.subjectKind())
                .param("subjectId", entry.subjectId())
                .param("purpose", entry.purpose())
                .param("detail", entry.detail())
                .param("sourceAddress", entry.sourceAddress())
                .param("previousHash", entry.previousHash())
                .param("entryHash", entryHash)
                .update();
    }

    private static String roles(CurrentUser user) {
        return user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The remote address of the current web request (after any trusted proxy headers), or null outside one. */
    private static @Nullable String sourceAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            String address = request.getRemoteAddr();
            if (address == null || address.isBlank()) {
                return null;
            }
            return address.length() > MAX_SOURCE_ADDRESS ? address.substring(0, MAX_SOURCE_ADDRESS) : address;
        }
        return null;
    }

    record ChainHead(long lastSeq, String lastHash) {}
}
