package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Distinct clients in treatment per month (domain reference §3.8, A4), one query for the whole range and for every
 * contract of a run ({@link ContractGroups}). The days each month must overlap are the whole month, or its census
 * day; a month with nobody is listed with zero. Under {@link CountingRule#ATTENDED_CONTACT} the rows overlapped are the
 * snapshot's attended contacts, each a one-day row carrying the filter columns and practice of an intervention of
 * the same client (and episode, for an appointment) open on the contact's day ({@link #countedRows}).
 */
@Component
class ClientMonthsQuery {

    /** Months one mask holds: the bits of an integer below its sign. */
    private static final int MONTHS_A_MASK = 30;

    private final JdbcClient jdbc;

    ClientMonthsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clients in treatment per month for each contract of {@code groups}, by contract number, in one statement: each
     * counted row is spread over the months as the bits of a mask (a bit a month: does the row overlap the month's
     * days, {@link #MONTHS_A_MASK} months a mask), the masks are or-ed per contract and client (a client counts once
     * a month however many rows overlap it), and the clients counted per contract and mask; the few masks a contract
     * has are added up by month here. No sorting and distinct-counting per contract and month, and one aggregate a
     * client instead of one a month (docs/performance.md, Payment runs).
     */
    List<List<ClientMonths>> clientMonths(
            UUID snapshot, YearMonth from, YearMonth to, EvidenceOptions options, ContractGroups groups) {
        List<YearMonth> months = months(from, to);
        EvidenceFilter filter = new EvidenceFilter(snapshot, ContractGroups.withoutAgencies(options));
        int masks = (months.size() + MONTHS_A_MASK - 1) / MONTHS_A_MASK;
        List<String> ors = new ArrayList<>(masks);
        List<String> names = new ArrayList<>(masks);
        for (int m = 0; m < masks; m++) {
            List<String> bits = new ArrayList<>(MONTHS_A_MASK);
            for (int n = m * MONTHS_A_MASK; n < Math.min(months.size(), (m + 1) * MONTHS_A_MASK); n++) {
                bits.add(("case when i.started_on <= cast(:l_%1$d as date) and (i.ended_on is null"
                                + " or i.ended_on >= cast(:f_%1$d as date)) then %2$d else 0 end")
                        .formatted(n, 1 << (n % MONTHS_A_MASK)));
            }
            ors.add("bit_or(" + String.join(" + ", bits) + ") as in_" + m);
            names.add("c.in_" + m);
        }
        String where = filter.where("i") + " and i.started_on <= cast(:l_" + (months.size() - 1) + " as date)"
                + " and (i.ended_on is null or i.ended_on >= cast(:f_0 as date))";
        int[][] counts = new int[groups.size()][months.size()];
        bindMonths(
                        groups.bind(filter.bind(jdbc.sql("""
                select c.contract_no, count(*), %1$s
                  from (select i.contract_no, %2$s
                          from %3$s
                         group by i.contract_no, i.client_key) c
                 group by c.contract_no, %1$s
                """.formatted(
                                String.join(", ", names),
                                String.join(", ", ors),
                                groups.rows(
                                        countedRows(options), where, "i.client_key, i.started_on, i.ended_on", "i"))))),
                        months,
                        options)
                .query((rs, row) -> {
                    int[] contract = counts[rs.getInt(1)];
                    int clients = rs.getInt(2);
                    for (int n = 0; n < contract.length; n++) {
                        if ((rs.getInt(3 + n / MONTHS_A_MASK) >>> (n % MONTHS_A_MASK) & 1) == 1) {
                            contract[n] += clients;
                        }
                    }
                    return contract;
                })
                .list();
        List<List<ClientMonths>> result = new ArrayList<>(groups.size());
        for (int[] contract : counts) {
            List<ClientMonths> byMonth = new ArrayList<>(months.size());
            for (int n = 0; n < months.size(); n++) {
                byMonth.add(new ClientMonths(months.get(n), contract[n]));
            }
            result.add(List.copyOf(byMonth));
        }
        return result;
    }

    /** The same count for each GP practice with a client in the range, every month listed, by practice code. */
    Map<String, List<ClientMonths>> byPractice(UUID snapshot, YearMonth from, YearMonth to, EvidenceOptions options) {
        List<YearMonth> months = months(from, to);
        EvidenceFilter filter = new EvidenceFilter(snapshot, options);
        Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
        bindMonths(
                        filter.bind(jdbc.sql(
                                """
                select i.practice_code, m.month_start, count(distinct i.client_key)
                  from (values %s) as m (month_start, first_day, last_day)
                  join %s
                    on %s and i.practice_code is not null
                   and i.started_on <= m.last_day and (i.ended_on is null or i.ended_on >= m.first_day)
                 group by i.practice_code, m.month_start
                """.formatted(valuesRows(months.size()), countedRows(options), filter.where("i")))),
                        months,
                        options)
                .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getObject(2, LocalDate.class), rs.getInt(3)))
                .list();
        Map<String, List<ClientMonths>> result = new LinkedHashMap<>();
        counts.forEach((practice, byMonth) -> result.put(
                practice,
                months.stream()
                        .map(m -> new ClientMonths(m, byMonth.getOrDefault(m.atDay(1), 0)))
                        .toList()));
        return Collections.unmodifiableMap(result);
    }

    /** Practices with any client in treatment (any day open) between the two days, for a retainer per practice. */
    int participatingPractices(UUID snapshot, LocalDate from, LocalDate to, EvidenceOptions options) {
        EvidenceFilter filter = new EvidenceFilter(snapshot, options);
        return filter.bind(jdbc.sql("""
                select count(distinct i.practice_code) from contract_evidence_intervention i
                 where %s and i.started_on <= :last and (i.ended_on is null or i.ended_on >= :first)
                """.formatted(filter.where("i"))))
                .param("first", from)
                .param("last", to)
                .query(Integer.class)
                .single();
    }

    /**
     * The rows, as {@code i}, whose days a month must overlap: the interventions, or for attended contacts one row
     * per contact and intervention of the client open that day, dated by the contact.
     */
    static String countedRows(EvidenceOptions options) {
        if (!options.countingRule().countsContacts()) {
            return "contract_evidence_intervention i";
        }
        return """
                (select v.snapshot_id, v.client_key, v.practice_code, v.setting_code, v.agency_code,
                        v.operating_agency_code, c.contact_on as started_on, c.contact_on as ended_on
                   from contract_evidence_contact c
                   join contract_evidence_intervention v
                     on v.snapshot_id = c.snapshot_id and v.client_key = c.client_key
                    and (c.episode_key is null or v.episode_key = c.episode_key)
                    and v.started_on <= c.contact_on and (v.ended_on is null or v.ended_on >= c.contact_on)
                  where c.snapshot_id = :snapshot) i""";
    }

    static List<YearMonth> months(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The months run from " + from + " to " + to + ": the end is first");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static String valuesRows(int count) {
        List<String> rows = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            rows.add("(cast(:m_%1$d as date), cast(:f_%1$d as date), cast(:l_%1$d as date))".formatted(n));
        }
        return String.join(", ", rows);
    }

    private static JdbcClient.StatementSpec bindMonths(
            JdbcClient.StatementSpec statement, List<YearMonth> months, EvidenceOptions options) {
        JdbcClient.StatementSpec bound = statement;
        for (int n = 0; n < months.size(); n++) {
            LocalDate[] days = options.countedDays(months.get(n));
            bound = bound.param("m_" + n, months.get(n).atDay(1))
                    .param("f_" + n, days[0])
                    .param("l_" + n, days[1]);
        }
        return bound;
    }
}
