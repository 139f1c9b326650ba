package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outcome events from a snapshot (domain reference §5.1, A6, A7). Completions are episodes discharged with a
 * qualifying reason. A completion's exit is sustained when its window (calendar months, end day included, clamped
 * like {@link LocalDate#plusMonths}, as treatment's RePresentationPolicy) has ended by the snapshot's as-of day and
 * no other episode of the same client, at any provider, was triaged from the discharge day to the window's end:
 * treatment counts a triage on the discharge day itself as a return, so this does too. Window ends are worked out
 * in Java over the few completions; the test for a return is one query over all of them.
 */
@Component
class OutcomeEventsQuery {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    OutcomeEventsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Qualifying completions discharged between the two days for each contract of {@code groups}, by contract
     * number, each in discharge order; evidence complete on the day. One statement for all the contracts.
     */
    List<List<OutcomeEvent>> completions(UUID snapshot, LocalDate first, LocalDate last, EvidenceOptions options,
                                         ContractGroups groups) {
        EvidenceFilter filter = new EvidenceFilter(snapshot, ContractGroups.withoutAgencies(options));
        List<List<OutcomeEvent>> byContract = new ArrayList<>();
        for (int n = 0; n < groups.size(); n++) {
            byContract.add(new ArrayList<>());
        }
        String where = filter.where("i") + " and i.discharged_on between :first and :last"
                + " and i.discharge_code in (:codes)";
        groups.bind(filter.bind(jdbc.sql("""
                select c.contract_no, c.client_key, c.episode_key, max(c.discharged_on), max(c.discharge_code)
                  from %s
                 group by c.contract_no, c.client_key, c.episode_key
                 order by 4, 3
                """.formatted(groups.rows("contract_evidence_intervention i", where,
                        "i.client_key, i.episode_key, i.discharged_on, i.discharge_code", "c")))))
                .param("first", first).param("last", last)
                .param("codes", List.copyOf(options.qualifyingDischargeCodes()))
                .query((rs, n) -> byContract.get(rs.getInt(1)).add(new OutcomeEvent(OutcomeStage.COMPLETION,
                        rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getObject(4, LocalDate.class))))
                .list();
        return byContract;
    }

    /** The earliest discharge whose sustained exit can be confirmed on or after {@code first}. */
    static LocalDate earliestDischarge(LocalDate first, EvidenceOptions options) {
        return first.minusMonths(options.rePresentationWindow() + 1L);
    }

    /**
     * Sustained exits, for each contract, whose evidence is complete (the day after the window ends) between the
     * two days, for windows ended on or before {@code asOf}; in order of that day. {@code completions} are each
     * contract's completions discharged from {@link #earliestDischarge} to {@code last}; whether a client returned
     * is asked once for all the contracts' candidates.
     */
    List<List<OutcomeEvent>> sustainedExits(UUID snapshot, List<List<OutcomeEvent>> completions, LocalDate first,
                                            LocalDate last, LocalDate asOf, EvidenceOptions options) {
        List<List<OutcomeEvent>> candidates = completions.stream().map(contract -> contract.stream()
                .map(c -> new OutcomeEvent(OutcomeStage.SUSTAINED_EXIT, c.clientKey(), c.episodeKey(),
                        c.discharged(), c.dischargeCode(), options.windowEnd(c.discharged()).plusDays(1)))
                .filter(c -> !c.evidenceComplete().isBefore(first) && !c.evidenceComplete().isAfter(last)
                        && !options.windowEnd(c.discharged()).isAfter(asOf))
                .toList()).toList();
        Map<String, OutcomeEvent> distinct = new LinkedHashMap<>();
        candidates.forEach(contract -> contract.forEach(c -> distinct.putIfAbsent(key(c), c)));
        List<OutcomeEvent> asked = List.copyOf(distinct.values());
        Set<String> returned = new HashSet<>();
        for (int from = 0; from < asked.size(); from += CHUNK) {
            returned.addAll(returned(snapshot, asked.subList(from, Math.min(asked.size(), from + CHUNK))));
        }
        return candidates.stream().map(contract -> contract.stream().filter(c -> !returned.contains(key(c)))
                .sorted(Comparator.comparing(OutcomeEvent::evidenceComplete)
                        .thenComparing(OutcomeEvent::episodeKey))
                .toList()).toList();
    }

    private static String key(OutcomeEvent candidate) {
        return candidate.clientKey() + "/" + candidate.episodeKey() + "/" + candidate.discharged();
    }

    /**
     * The candidates (client/episode/discharge keys) whose client was triaged again, anywhere, within the window:
     * one query.
     */
    private List<String> returned(UUID snapshot, List<OutcomeEvent> candidates) {
        List<String> rows = new ArrayList<>(candidates.size());
        for (int n = 0; n < candidates.size(); n++) {
            rows.add(("(cast(:c_%1$d as varchar(64)), cast(:e_%1$d as varchar(64)), cast(:d_%1$d as date),"
                    + " cast(:w_%1$d as date))").formatted(n));
        }
        JdbcClient.StatementSpec statement = jdbc.sql("""
                select c.client_key, c.episode_key, c.discharged_on
                  from (values %s) as c (client_key, episode_key, discharged_on, window_end)
                 where exists (select 1 from contract_evidence_intervention i
                                where i.snapshot_id = :snapshot and i.client_key = c.client_key
                                  and i.episode_key <> c.episode_key
                                  and i.triaged_on >= c.discharged_on and i.triaged_on <= c.window_end)
                """.formatted(String.join(", ", rows))).param("snapshot", snapshot);
        for (int n = 0; n < candidates.size(); n++) {
            OutcomeEvent c = candidates.get(n);
            statement = statement.param("c_" + n, c.clientKey()).param("e_" + n, c.episodeKey())
                    .param("d_" + n, c.discharged()).param("w_" + n, c.evidenceComplete().minusDays(1));
        }
        return statement.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/"
                + rs.getObject(3, LocalDate.class)).list();
    }
}
