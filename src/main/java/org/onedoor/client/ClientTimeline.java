package org.onedoor.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's timeline: referrals, episodes, assessments and contacts, added by the modules that own them and read
 * page by page, newest first. Sealed entries are left out, in SQL, for viewers outside the seal's roles.
 */
@Service
public class ClientTimeline {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final TimelineQuery query;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClientTimeline(
            JdbcClient jdbc,
            AccessPolicy access,
            TimelineQuery query,
            ClientAudit audit,
            CurrentUsers currentUsers,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.query = query;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Adds an entry on behalf of the module that owns the event (no access check: it is that module's record). */
    @Transactional
    public UUID add(
            UUID clientId,
            LocalDate occurredOn,
            String kind,
            String summary,
            @Nullable String detail,
            @Nullable String sourceKind,
            @Nullable UUID sourceId,
            @Nullable SealedCategory sealedAs) {
        Objects.requireNonNull(summary, "summary");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into client_timeline (id, client_id, origin_client_id, occurred_on, recorded_at, kind, summary,
                    detail, source_kind, source_id, sealed_as, created_by)
                values (:id, :client, :client, :on, :at, :kind, :summary, :detail, :sourceKind, :sourceId, :sealed,
                    :by)
                """)
                .param("id", id)
                .param("client", clientId)
                .param("on", occurredOn)
                .param("at", DbTime.now(clock))
                .param("kind", kind)
                .param("summary", summary.length() > 500 ? summary.substring(0, 500) : summary)
                .param("detail", detail)
                .param("sourceKind", sourceKind)
                .param("sourceId", sourceId)
                .param("sealed", sealedAs == null ? null : sealedAs.name())
                .param("by", currentUsers.actorName())
                .update();
        return id;
    }

    /** One page of the timeline, newest first, as the signed-in person may see it. */
    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    public TimelinePage page(UUID clientId, int page, int size) {
        AccessDecision decision = access.require(clientId);
        TimelinePage entries = query.page(currentUsers.require(), clientId, page, size);
        audit.viewed(clientId, decision, "Timeline page " + (Math.max(0, page) + 1));
        return entries;
    }

    /** A page of the timeline with what was left out of it for the viewer. */
    public record TimelinePage(ResultPage<TimelineEntry> entries, List<SealedNotice> sealed) {}
}
