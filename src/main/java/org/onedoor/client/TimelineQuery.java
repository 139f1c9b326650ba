package org.onedoor.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.security.CurrentUser;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads timeline pages; callers have been allowed access and write the view to the audit trail. */
@Component
class TimelineQuery {

    private final JdbcClient jdbc;
    private final Sealing sealing;

    TimelineQuery(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    /** One page of the timeline, newest first, without the sealed entries the person may not see. */
    ClientTimeline.TimelinePage page(CurrentUser user, UUID clientId, int page, int size) {
        List<String> visible = java.util.Arrays.stream(SealedCategory.values())
                .filter(category -> sealing.sees(user, category))
                .map(Enum::name)
                .toList();
        String sealFilter =
                visible.isEmpty() ? "t.sealed_as is null" : "(t.sealed_as is null or t.sealed_as in (:visible))";
        int pageSize = ResultPage.clampSize(size);
        var count = jdbc.sql("select count(*) from client_timeline t where t.client_id = :client "
                        + "and t.voided_at is null and " + sealFilter)
                .param("client", clientId);
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
                """.formatted(sealFilter))
                .param("client", clientId)
                .param("offset", ResultPage.offset(page, pageSize))
                .param("size", pageSize);
        if (!visible.isEmpty()) {
            select = select.param("visible", visible);
        }
        List<TimelineEntry> items = select.query((rs, n) -> new TimelineEntry(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        DbTime.instant(rs, "recorded_at"),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, UUID.class),
                        ClientRecordQuery.sealed(rs.getString(9)),
                        rs.getString(10)))
                .list();
        List<@Nullable SealedCategory> hiddenCategories = jdbc.sql("""
                select sealed_as from client_timeline where client_id = ? and voided_at is null
                   and sealed_as is not null
                """)
                .param(clientId)
                .query((rs, n) -> ClientRecordQuery.sealed(rs.getString(1)))
                .list();
        return new ClientTimeline.TimelinePage(
                new ResultPage<>(items, Math.max(0, page), pageSize, total),
                sealing.hidden(user, "the timeline", hiddenCategories));
    }
}
