package org.onedoor.audittrail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit trail in {@code seq} order, a page at a time so memory stays bounded however long the trail, and
 * checks that each entry sits in its place (no gap in {@code seq}), links to the one before ({@code previous_hash})
 * and still has the hash it was given ({@code entry_hash}); then that the chain head names the last entry. An edited
 * entry fails its own hash; a removed entry leaves a gap; an inserted or replaced entry breaks the link of the entry
 * after it, or, at the end, no longer matches the head.
 * <p>
 * It joins the caller's transaction when there is one, so it sees that transaction's own changes.
 */
@Service
public class ChainVerification {

    static final int PAGE_SIZE = 1000;

    private final JdbcClient jdbc;

    ChainVerification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainReport verify() {
        long checked = 0;
        long lastSeq = 0;
        String lastHash = AuditHash.GENESIS;
        while (true) {
            List<Stored> page = page(lastSeq);
            for (Stored stored : page) {
                AuditEntry entry = stored.entry();
                long expected = lastSeq + 1;
                if (entry.seq() != expected) {
                    return entry.seq() > expected
                            ? ChainReport.broken(
                                    checked,
                                    expected,
                                    "entry " + expected + " is missing (removed), the next entry is " + entry.seq())
                            : ChainReport.broken(checked, entry.seq(), "entry " + entry.seq() + " is out of place");
                }
                checked++;
                if (!entry.previousHash().equals(lastHash)) {
                    return ChainReport.broken(
                            checked,
                            entry.seq(),
                            "entry " + entry.seq()
                                    + " does not link to the entry before it (an entry was removed, inserted or replaced)");
                }
                if (!AuditHash.entryHash(entry).equals(stored.entryHash())) {
                    return ChainReport.broken(
                            checked,
                            entry.seq(),
                            "entry " + entry.seq() + " has been altered (its hash does not match its contents)");
                }
                lastSeq = entry.seq();
                lastHash = stored.entryHash();
            }
            if (page.size() == PAGE_SIZE) {
                continue;
            }
            // End of the trail as this walk saw it: the head must name the last entry. If the head has moved on,
            // entries were appended during the walk, so carry on from where the walk stopped.
            AccessLog.@Nullable ChainHead head = head();
            if (head == null) {
                return ChainReport.broken(checked, lastSeq + 1, "the chain head is missing");
            }
            if (head.lastSeq() > lastSeq) {
                if (!appendedSince(lastSeq)) {
                    return ChainReport.broken(
                            checked,
                            lastSeq + 1,
                            "entries " + (lastSeq + 1) + " to " + head.lastSeq()
                                    + " are missing (removed from the end)");
                }
                continue;
            }
            if (head.lastSeq() < lastSeq) {
                return ChainReport.broken(
                        checked,
                        head.lastSeq() + 1,
                        "entries after " + head.lastSeq() + " were not appended through the chain (inserted)");
            }
            if (!head.lastHash().equals(lastHash)) {
                return ChainReport.broken(checked, lastSeq, "the last entry does not match the chain head");
            }
            return ChainReport.intact(checked);
        }
    }

    private boolean appendedSince(long seq) {
        return jdbc.sql("select count(*) from audit_access_log where seq > :seq")
                        .param("seq", seq)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private AccessLog.@Nullable ChainHead head() {
        return jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, row) -> new AccessLog.ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
                .optional()
                .orElse(null);
    }

    private List<Stored> page(long afterSeq) {
        return jdbc.sql("""
                        select seq, id, recorded_at, username, roles, organisation_id, action, subject_kind,
                               subject_id, purpose, detail, source_address, previous_hash, entry_hash
                        from audit_access_log
                        where seq > :after
                        order by seq
                        limit %d
                        """.formatted(PAGE_SIZE))
                .param("after", afterSeq)
                .query(ChainVerification::stored)
                .list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        AuditEntry entry = new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                DbTime.instant(rs, "recorded_at"),
                rs.getString("username"),
                rs.getString("roles"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("action"),
                rs.getString("subject_kind"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("purpose"),
                rs.getString("detail"),
                rs.getString("source_address"),
                rs.getString("previous_hash"));
        return new Stored(entry, rs.getString("entry_hash"));
    }

    private record Stored(AuditEntry entry, String entryHash) {}
}
