package org.onedoor.ndtms.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table of extracts produced ({@code ndtms_extract}): written once per download, listed newest first. */
@Component
class ExtractHistory {

    private final JdbcClient jdbc;

    ExtractHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entry and returns its id. */
    UUID add(
            UUID providerId,
            String agencyCode,
            YearMonth month,
            ExtractPass.Counts counts,
            String sha256,
            Instant at,
            String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into ndtms_extract (id, provider_id, agency_code, period_month, dataset, record_count,
                            problem_count, withheld_count, sha256, produced_at, produced_by)
                        values (:id, :provider, :agency, :month, 'K', :records, :problems, :withheld, :sha, :at, :by)
                        """)
                .param("id", id)
                .param("provider", providerId)
                .param("agency", agencyCode)
                .param("month", month.atDay(1))
                .param("records", counts.records)
                .param("problems", counts.problems)
                .param("withheld", counts.withheld)
                .param("sha", sha256)
                .param("at", DbTime.toDb(at))
                .param("by", by)
                .update();
        return id;
    }

    /** A page of extracts, newest first: every provider's, or one provider's when {@code providerId} is given. */
    ResultPage<ExtractHistoryEntry> page(@Nullable UUID providerId, int index, int size) {
        String where = providerId == null ? "" : " where x.provider_id = :provider";
        long total = bind(jdbc.sql("select count(*) from ndtms_extract x" + where), providerId)
                .query(Long.class)
                .single();
        var items = bind(
                        jdbc.sql("""
                        select x.id, coalesce(o.name, x.agency_code) as provider_name, x.agency_code,
                               x.period_month, x.record_count, x.problem_count, x.withheld_count, x.sha256,
                               x.produced_at, x.produced_by
                          from ndtms_extract x
                          left join report_organisation o on o.organisation_id = x.provider_id
                        """ + where
                                + " order by x.produced_at desc, x.id offset :offset rows fetch next :size rows only"),
                        providerId)
                .param("offset", ResultPage.offset(index, size))
                .param("size", size)
                .query((rs, n) -> new ExtractHistoryEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("provider_name"),
                        rs.getString("agency_code"),
                        YearMonth.from(rs.getObject("period_month", LocalDate.class)),
                        rs.getInt("record_count"),
                        rs.getInt("problem_count"),
                        rs.getInt("withheld_count"),
                        rs.getString("sha256"),
                        DbTime.instant(rs, "produced_at"),
                        rs.getString("produced_by")))
                .list();
        return new ResultPage<>(items, ResultPage.clampIndex(index), size, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable UUID providerId) {
        return providerId == null ? statement : statement.param("provider", providerId);
    }
}
