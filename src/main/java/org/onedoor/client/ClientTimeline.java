package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.ResultPage;

/**
 * The client's timeline: referrals, episodes, assessments and contacts, added by the modules that own them and read
 * page by page, newest first. Sealed entries are left out, in SQL, for viewers outside the seal's roles.
 */
@Service
public class ClientTimeline {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Sealing sealing;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClientTimeline(JdbcClient jdbc, AccessPolicy access, Sealing sealing, ClientAudit audit,
                   CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.sealing = sealing;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Adds an entry on behalf of the module that owns the event (no access check: it is that module's record). */
    @Transactional
    public UUID add(UUID clientId, LocalDate occurredOn, String kind, String summary, @Nullable String detail,
                    @Nullable String sourceKind, @Nullable UUID sourceId, @Nullable SealedCategory sealedAs) {
        Objects.requireNonNull(summary, "summary");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into client_timeline (id, client_id, origin_client_id, occurred_on, recorded_at, kind, summary,
                    detail, source_kind, source_id, sealed_as, created_by)
                values (:id, :client, :client, :on, :at, :kind, :summary, :detail, :sourceKind, :sourceId, :sealed,
                    :by)
                """).param("id", id).param("client", clientId).param("on", occurredOn)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("kind", kind)
                .param("summary", summary.length() > 500 ? summary.substring(0, 500) : summary)
                .param("detail", detail).param("sourceKind", sourceKind).param("sourceId", sourceId)
                .param("sealed", sealedAs == null ? null : sealedAs.name())
                .param("by", currentUsers.actorName()).update();
        return id;
    }

    /** One page of the timeline, newest first, as the signed-in person may see it. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public TimelinePage page(UUID clientId, int page, int size) {
        AccessDecision decision = access.require(clientId);
        CurrentUser user = currentUsers.require();
        List<String> visible = java.util.Arrays.stream(SealedCategory.values())
                .filter(category -> sealing.sees(user, category)).map(Enum::name).toList();
        String sealFilter = visible.isEmpty() ? "t.sealed_as is null"
                : "(t.sealed_as is null or t.sealed_as in (:visible))";
        int pageSize = ResultPage.clampSize(size);
        var count = jdbc.sql("select count(*) from client_timeline t where t.client_id = :client "
                + "and t.voided_at is null and " + sealFilter).param("client", clientId);
        if (!visible.isEmpty()) {
            count = count.param("visible", visible);
        }
        long total = count.query(Long.class).single();
        var select = jdbc.sql("""
                select t.id, t.occurred_on, t.recorded_at, t.kind, t.summary, t.detail, t.source_kind, t.source_id,
                       t.sealed_as, t.created_by
                  from client_timeline t
                 where t.client_id = :client and t.voided_at is null and %s
                 order by t.occurred_on desc, t.recorded_at desc, t.id
                 offset :offset rows fetch next :size rows only
                """.formatted(sealFilter)).param("client", clientId)
                .param("offset", (long) Math.max(0, page) * pageSize).param("size", pageSize);
        if (!visible.isEmpty()) {
            select = select.param("visible", visible);
        }
        List<TimelineEntry> items = select.query((rs, n) -> new TimelineEntry(rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class), ClientRecordQuery.instant(rs, "recorded_at"), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class),
                ClientRecordQuery.sealed(rs.getString(9)), rs.getString(10))).list();
        List<@Nullable SealedCategory> hiddenCategories = jdbc.sql("""
                select sealed_as from client_timeline where client_id = ? and voided_at is null
                   and sealed_as is not null
                """).param(clientId).query((rs, n) -> ClientRecordQuery.sealed(rs.getString(1))).list();
        audit.viewed(clientId, decision, "Timeline page " + (Math.max(0, page) + 1));
        return new TimelinePage(new ResultPage<>(items, Math.max(0, page), pageSize, total),
                sealing.hidden(user, "the timeline", hiddenCategories));
    }

    /** A page of the timeline with what was left out of it for the viewer. */
    public record TimelinePage(ResultPage<TimelineEntry> entries, List<SealedNotice> sealed) {
    }
}
