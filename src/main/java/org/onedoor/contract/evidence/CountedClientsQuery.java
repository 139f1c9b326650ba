package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The clients behind one month's count in {@link ClientMonthsQuery}: the same rows and conditions, listed by key a
 * page at a time rather than counted.
 */
@Component
class CountedClientsQuery {

    private final JdbcClient jdbc;

    CountedClientsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CountedClients page(UUID snapshot, YearMonth month, EvidenceOptions options, int offset, int pageSize) {
        EvidenceFilter filter = new EvidenceFilter(snapshot, options);
        LocalDate[] days = options.countedDays(month);
        String counted = """
                from %s
                where %s and i.started_on <= :last and (i.ended_on is null or i.ended_on >= :first)
                """.formatted(ClientMonthsQuery.countedRows(options), filter.where("i"));
        int total = filter.bind(jdbc.sql("select count(distinct i.client_key) " + counted))
                .param("first", days[0])
                .param("last", days[1])
                .query(Integer.class)
                .single();
        List<String> keys = filter.bind(jdbc.sql("select distinct i.client_key " + counted
                        + " order by i.client_key offset :offset rows fetch next :size rows only"))
                .param("first", days[0])
                .param("last", days[1])
                .param("offset", offset)
                .param("size", pageSize)
                .query(String.class)
                .list();
        return new CountedClients(keys, total, offset, pageSize);
    }
}
