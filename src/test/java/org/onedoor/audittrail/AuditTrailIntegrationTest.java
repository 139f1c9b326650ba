package org.onedoor.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
class AuditTrailIntegrationTest {

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

    @Autowired
    Clock clock;

    @Test
    void stampsWhoWhenAndFromWhere() {
        UUID organisation = UUID.randomUUID();
        CurrentUser igLead = Actors.person(Role.IG_LEAD, organisation);
        UUID client = UUID.randomUUID();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.17");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        UUID id;
        try {
            id = currentUsers.actingAs(
                    igLead,
                    () -> accessLog.record(new AccessEvent(
                            AccessAction.BREAK_GLASS,
                            AuditSubject.of("CLIENT", client),
                            "  Safeguarding concern raised out of hours ",
                            null)));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        Map<String, Object> row = jdbc.sql("select * from audit_access_log where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("username")).isEqualTo(igLead.username());
        assertThat(row.get("roles")).isEqualTo("IG_LEAD");
        assertThat(row.get("organisation_id")).isEqualTo(organisation);
        assertThat(row.get("action")).isEqualTo("BREAK_GLASS");
        assertThat(row.get("subject_kind")).isEqualTo("CLIENT");
        assertThat(row.get("subject_id")).isEqualTo(client);
        assertThat(row.get("purpose")).isEqualTo("Safeguarding concern raised out of hours");
        assertThat(row.get("detail")).isNull();
        assertThat(row.get("source_address")).isEqualTo("192.0.2.17");
        OffsetDateTime recordedAt = jdbc.sql("select recorded_at from audit_access_log where id = :id")
                .param("id", id)
                .query(OffsetDateTime.class)
                .single();
        assertThat(recordedAt.toInstant()).isEqualTo(AuditHash.storable(clock.instant()));
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void backgroundWorkIsRecordedAsTheSystemWithoutAnAddress() {
        UUID id = accessLog.record(new AccessEvent(AccessAction.EXPORT, null, "NDTMS submission", "March extract"));
        Map<String, Object> row = jdbc.sql("select * from audit_access_log where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("username")).isEqualTo("system");
        assertThat(row.get("roles")).isNull();
        assertThat(row.get("organisation_id")).isNull();
        assertThat(row.get("source_address")).isNull();
    }

    @Test
    void appendsFormAValidChainInOrder() {
        CurrentUser igLead = Actors.person(Role.IG_LEAD, UUID.randomUUID());
        UUID client = UUID.randomUUID();
        List<UUID> ids = currentUsers.actingAs(
                igLead,
                () -> List.of(
                        accessLog.record(AccessEvent.of(AccessAction.VIEW, AuditSubject.of("CLIENT", client))),
                        accessLog.record(new AccessEvent(AccessAction.SEARCH, null, null, "surname=Smith")),
                        accessLog.record(AccessEvent.of(AccessAction.CHANGE, AuditSubject.of("CLIENT", client)))));

        List<Long> seqs = ids.stream().map(this::seqOf).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        for (int i = 1; i < ids.size(); i++) {
            assertThat(jdbc.sql("select previous_hash from audit_access_log where id = :id")
                            .param("id", ids.get(i))
                            .query(String.class)
                            .single())
                    .isEqualTo(jdbc.sql("select entry_hash from audit_access_log where seq = :seq")
                            .param("seq", seqs.get(i) - 1)
                            .query(String.class)
                            .single());
        }
        ChainReport report = verification.verify();
        assertThat(report.valid()).as(report.summary()).isTrue();
        assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(seqs.get(seqs.size() - 1));
        assertThat(report.firstBrokenSeq()).isNull();
        assertThat(report.problem()).isNull();
    }

    @Test
    void aBatchIsAppendedAsConsecutiveEntries() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<UUID> ids = currentUsers.actingAs(
                Actors.person(Role.IG_LEAD, UUID.randomUUID()),
                () -> accessLog.recordBatch(List.of(
                        AccessEvent.of(AccessAction.EXPORT, AuditSubject.of("CLIENT", a)),
                        AccessEvent.of(AccessAction.EXPORT, AuditSubject.of("CLIENT", b)))));
        assertThat(ids).hasSize(2);
        assertThat(seqOf(ids.get(1))).isEqualTo(seqOf(ids.get(0)) + 1);
        assertThat(accessLog.recordBatch(List.of())).isEmpty();
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void aViewStaysLoggedWhenTheCallersWorkRollsBack() {
        UUID client = UUID.randomUUID();
        TransactionTemplate caller = new TransactionTemplate(transactionManager);
        UUID id = caller.execute(status -> {
            UUID logged = currentUsers.actingAs(
                    Actors.person(Role.IG_LEAD, UUID.randomUUID()),
                    () -> accessLog.record(AccessEvent.of(AccessAction.VIEW, AuditSubject.of("CLIENT", client))));
            status.setRollbackOnly();
            return logged;
        });
        assertThat(jdbc.sql("select count(*) from audit_access_log where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(verification.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsNeitherLoseNorForkEntries() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<UUID>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                CurrentUser worker = Actors.person(Role.IG_LEAD, UUID.randomUUID());
                futures.add(pool.submit(() -> currentUsers.actingAs(worker, () -> {
                    List<UUID> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(accessLog.record(new AccessEvent(
                                AccessAction.VIEW,
                                AuditSubject.of("CLIENT", UUID.randomUUID()),
                                "Direct care",
                                "load " + i)));
                    }
                    return ids;
                })));
            }
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> future : futures) {
                all.addAll(future.get(120, TimeUnit.SECONDS));
            }
            assertThat(new HashSet<>(all)).hasSize(threads * perThread);
            List<Long> seqs = jdbc.sql("select seq from audit_access_log where id in (:ids) order by seq")
                    .param("ids", all)
                    .query(Long.class)
                    .list();
            assertThat(seqs).hasSize(threads * perThread).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        ChainReport report = verification.verify();
        assertThat(report.valid()).as(report.summary()).isTrue();
        assertThat(report.entriesChecked())
                .isEqualTo(jdbc.sql("select count(*) from audit_access_log")
                        .query(Long.class)
                        .single());
    }

    @Test
    void refusesBadEvents() {
        assertThatThrownBy(() -> new AccessEvent(
                        AccessAction.BREAK_GLASS, AuditSubject.of("CLIENT", UUID.randomUUID()), " ", null))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new AccessEvent(AccessAction.VIEW, null, null, null))
                .hasMessageContaining("must name the record");
        assertThatThrownBy(() -> new AccessEvent(
                        AccessAction.VIEW, AuditSubject.of("CLIENT", UUID.randomUUID()), "x".repeat(501), null))
                .hasMessageContaining("500");
        assertThatThrownBy(() -> new AccessEvent(
                        AccessAction.VIEW, AuditSubject.of("CLIENT", UUID.randomUUID()), null, "x".repeat(1001)))
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> AuditSubject.of(" ", UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }

    long seqOf(UUID id) {
        return jdbc.sql("select seq from audit_access_log where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
