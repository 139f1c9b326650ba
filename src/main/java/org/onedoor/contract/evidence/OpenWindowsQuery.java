package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completions whose window is open on a day, counted by discharge day and reason in one query (domain reference
 * 11.7, A7). Open means discharged with a qualifying reason by the day, the window (calendar months, end day
 * included, as {@link EvidenceOptions#windowEnd}) not ended before it, and the client not triaged again, at any
 * provider, from the discharge day to the day. The earliest discharge still open is worked out once in Java, so the
 * SQL needs no date arithmetic.
 */
@Component
class OpenWindowsQuery {

    private final JdbcClient jdbc;

    OpenWindowsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenWindow> openOn(UUID snapshot, LocalDate day, EvidenceOptions options) {
        EvidenceFilter filter = new EvidenceFilter(snapshot, options);
        return filter.bind(jdbc.sql("""
                select c.discharged_on, c.discharge_code, count(*)
                  from (select i.client_key, i.episode_key, max(i.discharged_on) as discharged_on,
                               max(i.discharge_code) as discharge_code
                          from contract_evidence_intervention i
                         where %s and i.discharged_on between :earliest and :day and i.discharge_code in (:codes)
                         group by i.client_key, i.episode_key) c
                 where not exists (select 1 from contract_evidence_intervention r
                                    where r.snapshot_id = :snapshot and r.client_key = c.client_key
                                      and r.episode_key <> c.episode_key
                                      and r.triaged_on >= c.discharged_on and r.triaged_on <= :day)
                 group by c.discharged_on, c.discharge_code
                 order by 1, 2
                """.formatted(filter.where("i"))))
                .param("earliest", earliestOpen(day, options))
                .param("day", day)
                .param("codes", List.copyOf(options.qualifyingDischargeCodes()))
                .query((rs, n) -> new OpenWindow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The first discharge day whose window ends on or after {@code day} (month ends clamp, so step a few days). */
    static LocalDate earliestOpen(LocalDate day, EvidenceOptions options) {
        LocalDate earliest = day.minusMonths(options.rePresentationWindow());
        while (options.windowEnd(earliest).isBefore(day)) {
            earliest = earliest.plusDays(1);
        }
        return earliest;
    }
}
