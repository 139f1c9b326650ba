package org.onedoor.contract.whatif;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a comparison reads from the snapshot besides the evidence a payment run reads, each one grouped query over
 * {@code contract_evidence_intervention}: the practice of each completed episode (to give its outcome payments to
 * it), and the perverse-incentive counts per month, with the contract's settings, agency and practice filters as
 * the evidence reader applies them. A re-presentation is a return anywhere in the snapshot, as for sustained exits.
 */
@Component
class WhatIfQueries {

    /** Discharge reasons counted as unplanned exits: dropped out, withdrawn by provider, declined to start. */
    static final Set<String> UNPLANNED = Set.of("85", "86", "88");

    private final JdbcClient jdbc;

    WhatIfQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "clientKey|episodeKey" of episodes discharged with a qualifying reason to the lowest practice code they have. */
    Map<String, String> completedEpisodePractices(UUID snapshot, EvidenceOptions options) {
        Map<String, String> practices = new HashMap<>();
        filtered(jdbc.sql("""
                select i.client_key, i.episode_key, min(i.practice_code) from contract_evidence_intervention i
                 where %s and i.practice_code is not null and i.discharge_code in (:codes)
                 group by i.client_key, i.episode_key
                """.formatted(where("i", options))), snapshot, options)
                .param("codes", List.copyOf(options.qualifyingDischargeCodes()))
                .query((rs, n) -> practices.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3)))
                .list();
        return practices;
    }

    /** Starts, unplanned exits and re-presentations each month, beside the evidence's clients in treatment. */
    List<IncentiveMonth> monitor(
            UUID snapshot, YearMonth from, YearMonth to, EvidenceOptions options, ActivityEvidence evidence) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Map<YearMonth, Integer> starts =
                byMonth("""
                select extract(year from s.first_start), extract(month from s.first_start), count(*)
                  from (select i.client_key, i.episode_key, min(i.started_on) as first_start
                          from contract_evidence_intervention i where %s
                         group by i.client_key, i.episode_key) s
                 where s.first_start between :first and :last
                 group by extract(year from s.first_start), extract(month from s.first_start)
                """.formatted(where("i", options)), snapshot, options, first, last, null);
        Map<YearMonth, Integer> exits =
                byMonth("""
                select extract(year from d.discharged_on), extract(month from d.discharged_on), count(*)
                  from (select distinct i.client_key, i.episode_key, i.discharged_on
                          from contract_evidence_intervention i
                         where %s and i.discharge_code in (:codes) and i.discharged_on between :first and :last) d
                 group by extract(year from d.discharged_on), extract(month from d.discharged_on)
                """.formatted(where("i", options)), snapshot, options, first, last, UNPLANNED);
        Map<YearMonth, Integer> returns = byMonth(
                """
                select extract(year from r.triaged_on), extract(month from r.triaged_on), count(*)
                  from (select distinct b.client_key, b.episode_key, b.triaged_on
                          from contract_evidence_intervention c
                          join contract_evidence_intervention b
                            on b.snapshot_id = c.snapshot_id and b.client_key = c.client_key
                           and b.episode_key <> c.episode_key and b.triaged_on >= c.discharged_on
                           and b.triaged_on <= c.discharged_on + interval '%d' month
                         where %s and c.discharge_code in (:codes) and b.triaged_on between :first and :last) r
                 group by extract(year from r.triaged_on), extract(month from r.triaged_on)
                """.formatted(options.rePresentationWindow(), where("c", options)),
                snapshot,
                options,
                first,
                last,
                options.qualifyingDischargeCodes());
        Map<YearMonth, Integer> clients = new HashMap<>();
        for (ClientMonths month : evidence.clientMonths()) {
            clients.put(month.month(), month.clients());
        }
        List<IncentiveMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(new IncentiveMonth(
                    m,
                    clients.getOrDefault(m, 0),
                    starts.getOrDefault(m, 0),
                    exits.getOrDefault(m, 0),
                    returns.getOrDefault(m, 0)));
        }
        return months;
    }

    private Map<YearMonth, Integer> byMonth(
            String sql,
            UUID snapshot,
            EvidenceOptions options,
            LocalDate first,
            LocalDate last,
            @Nullable Set<String> codes) {
        Map<YearMonth, Integer> counts = new HashMap<>();
        JdbcClient.StatementSpec statement =
                filtered(jdbc.sql(sql), snapshot, options).param("first", first).param("last", last);
        if (codes != null) {
            statement = statement.param("codes", List.copyOf(codes));
        }
        statement
                .query((rs, n) -> counts.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3)))
                .list();
        return counts;
    }

    /** The contract's filter on alias {@code i}, as the evidence reader applies it. */
    private static String where(String i, EvidenceOptions options) {
        List<String> terms = new ArrayList<>(List.of(i + ".snapshot_id = :snapshot"));
        if (!options.settings().isEmpty()) {
            terms.add(i + ".setting_code in (:settings)");
        }
        if (!options.agencyCodes().isEmpty()) {
            terms.add("(" + i + ".agency_code in (:agencies) or " + i + ".operating_agency_code in (:agencies))");
        }
        if (!options.organisationCodes().isEmpty()) {
            terms.add(i + ".practice_code in (:practices)");
        }
        return String.join(" and ", terms);
    }

    private static JdbcClient.StatementSpec filtered(
            JdbcClient.StatementSpec statement, UUID snapshot, EvidenceOptions options) {
        JdbcClient.StatementSpec bound = statement.param("snapshot", snapshot);
        if (!options.settings().isEmpty()) {
            bound = bound.param("settings", List.copyOf(options.settings()));
        }
        if (!options.agencyCodes().isEmpty()) {
            bound = bound.param("agencies", List.copyOf(options.agencyCodes()));
        }
        if (!options.organisationCodes().isEmpty()) {
            bound = bound.param("practices", List.copyOf(options.organisationCodes()));
        }
        return bound;
    }
}
