package org.onedoor.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each tamper runs in a transaction that is rolled back after the verifier has looked at it (the verifier joins
 * that transaction), so the shared chain is intact again for every other test.
 */
@IntegrationTest
class ChainVerificationTamperIntegrationTest {

    @Autowired
    AccessLog accessLog;

    @Autowired
    ChainVerification verification;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    List<UUID> ids;

    @BeforeEach
    void threeEntries() {
        UUID client = UUID.randomUUID();
        ids = currentUsers.actingAs(
                Actors.person(Role.IG_LEAD, UUID.randomUUID()),
                () -> List.of(
                        accessLog.record(new AccessEvent(
                                AccessAction.VIEW, AuditSubject.of("CLIENT", client), "Direct care", "first")),
                        accessLog.record(new AccessEvent(
                                AccessAction.VIEW, AuditSubject.of("CLIENT", client), "Direct care", "second")),
                        accessLog.record(new AccessEvent(
                                AccessAction.VIEW, AuditSubject.of("CLIENT", client), "Direct care", "third"))));
        assertThat(verification.verify().valid()).isTrue();
    }

    @AfterEach
    void chainIsIntactAgain() {
        ChainReport report = verification.verify();
        assertThat(report.valid()).as(report.summary()).isTrue();
    }

    @Test
    void catchesAnEditedEntry() {
        long second = seqOf(ids.get(1));
        ChainReport report =
                tampered(sql -> sql.sql("update audit_access_log set detail = 'nothing to see' " + "where id = :id")
                        .param("id", ids.get(1))
                        .update());
        assertBrokenAt(report, second, "altered");
    }

    @Test
    void catchesAnEditedEntryWhoseHashWasRecomputed() {
        long second = seqOf(ids.get(1));
        ChainReport report = tampered(sql -> {
            AuditEntry forged = withDetail(entry(ids.get(1)), "nothing to see");
            sql.sql("update audit_access_log set detail = :detail, entry_hash = :hash where id = :id")
                    .param("detail", forged.detail())
                    .param("hash", AuditHash.entryHash(forged))
                    .param("id", ids.get(1))
                    .update();
        });
        assertBrokenAt(report, second + 1, "does not link");
    }

    @Test
    void catchesADeletedEntry() {
        long second = seqOf(ids.get(1));
        ChainReport report = tampered(sql -> sql.sql("delete from audit_access_log where id = :id")
                .param("id", ids.get(1))
                .update());
        assertBrokenAt(report, second, "missing");
    }

    @Test
    void catchesTheLastEntryDeleted() {
        long third = seqOf(ids.get(2));
        ChainReport report = tampered(sql -> sql.sql("delete from audit_access_log where id = :id")
                .param("id", ids.get(2))
                .update());
        assertBrokenAt(report, third, "missing");
    }

    @Test
    void catchesAForgedEntryInsertedAfterTheLast() {
        long third = seqOf(ids.get(2));
        ChainReport report = tampered(sql -> {
            AuditEntry last = entry(ids.get(2));
            insert(
                    sql,
                    AuditEntryBuilder.entry()
                            .seq(third + 1)
                            .recordedAt(last.recordedAt())
                            .by("intruder", "ADMINISTRATOR")
                            .previousHash(hashOf(ids.get(2)))
                            .build());
        });
        assertBrokenAt(report, third + 1, "inserted");
    }

    @Test
    void catchesAForgedEntryInsertedInPlaceOfAnother() {
        long second = seqOf(ids.get(1));
        ChainReport report = tampered(sql -> {
            AuditEntry original = entry(ids.get(1));
            sql.sql("delete from audit_access_log where id = :id")
                    .param("id", ids.get(1))
                    .update();
            insert(
                    sql,
                    AuditEntryBuilder.entry()
                            .seq(second)
                            .recordedAt(original.recordedAt())
                            .by("intruder", "ADMINISTRATOR")
                            .previousHash(hashOf(ids.get(0)))
                            .build());
        });
        assertBrokenAt(report, second + 1, "does not link");
    }

    ChainReport tampered(Consumer<JdbcClient> tamper) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            tamper.accept(jdbc);
            return verification.verify();
        });
    }

    static void assertBrokenAt(ChainReport report, long seq, String problem) {
        assertThat(report.valid()).as(report.summary()).isFalse();
        assertThat(report.firstBrokenSeq()).as(report.summary()).isEqualTo(seq);
        assertThat(report.problem()).contains(problem);
    }

    void insert(JdbcClient sql, AuditEntry entry) {
        AccessLog.insert(sql, entry, AuditHash.entryHash(entry));
    }

    AuditEntry entry(UUID id) {
        return jdbc.sql("""
                        select seq, id, recorded_at, username, roles, organisation_id, action, subject_kind,
                               subject_id, purpose, detail, source_address, previous_hash
                        from audit_access_log where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("seq"),
                        rs.getObject("id", UUID.class),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getString("username"),
                        rs.getString("roles"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("subject_kind"),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("purpose"),
                        rs.getString("detail"),
                        rs.getString("source_address"),
                        rs.getString("previous_hash")))
                .single();
    }

    static AuditEntry withDetail(AuditEntry e, String detail) {
        return AuditEntryBuilder.from(e).detail(detail).build();
    }

    String hashOf(UUID id) {
        return jdbc.sql("select entry_hash from audit_access_log where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    long seqOf(UUID id) {
        return jdbc.sql("select seq from audit_access_log where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
