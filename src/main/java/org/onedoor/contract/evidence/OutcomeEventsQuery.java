package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outcome events from a snapshot (domain reference §5.1, A6, A7). Completions are episodes discharged with a
 * qualifying reason. A completion's exit is sustained when its window (calendar months, end day included, clamped
 * like {@link LocalDate#plusMonths}, as treatment's RePresentationPolicy) has ended by the snapshot's as-of day and
 * no other episode of the same client, at any provider, was triaged from the discharge day to the window's end:
 * treatment counts a triage on the discharge day itself as a return, so this does too. Window ends are worked out
 * in Java over the few completions; the first return after each comes with it, from the same statement.
 */
@Component
class OutcomeEventsQuery {

    private final JdbcClient jdbc;

    OutcomeEventsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Qualifying completions discharged between {@code first} and {@code lastCompletion} (evidence complete on the
     * day, each contract's in discharge order), then sustained exits whose evidence is complete (the day after the
     * window ends) between {@code first} and {@code last}, for windows ended on or before {@code asOf} (in order of
     * that day), for each contract of {@code groups}, by contract number. One statement for both and for all the
     * contracts: the completions discharged from the earliest day whose window could end in the days to
     * {@code last} (the completions asked for are among them, {@code lastCompletion} being no later than
     * {@code last}), each with the first triage of another episode of the same client on or after its discharge
     * day; an exit is sustained when there is none by the window's end.
     */
    List<List<OutcomeEvent>> completionsAndSustainedExits(
            UUID snapshot,
            LocalDate first,
            LocalDate last,
            LocalDate lastCompletion,
            LocalDate asOf,
            EvidenceOptions options,
            ContractGroups groups) {
        LocalDate earliestDischarge = first.minusMonths(options.rePresentationWindow() + 1L);
        return completed(snapshot, earliestDischarge, last, options, groups).stream()
                .map(contract -> {
                    List<OutcomeEvent> events = new ArrayList<>(contract.stream()
                            .filter(c -> !c.event().discharged().isBefore(first)
                                    && !c.event().discharged().isAfter(lastCompletion))
                            .map(Completion::event)
                            .toList());
                    events.addAll(sustained(contract, first, last, asOf, options));
                    return List.copyOf(events);
                })
                .toList();
    }

    private static List<OutcomeEvent> sustained(
            List<Completion> contract, LocalDate first, LocalDate last, LocalDate asOf, EvidenceOptions options) {
        return contract.stream()
                .filter(c -> {
                    LocalDate windowEnd = options.windowEnd(c.event().discharged());
                    return !windowEnd.plusDays(1).isBefore(first)
                            && !windowEnd.plusDays(1).isAfter(last)
                            && !windowEnd.isAfter(asOf)
                            && (c.returnedOn() == null || c.returnedOn().isAfter(windowEnd));
                })
                .map(c -> new OutcomeEvent(
                        OutcomeStage.SUSTAINED_EXIT,
                        c.event().clientKey(),
                        c.event().episodeKey(),
                        c.event().discharged(),
                        c.event().dischargeCode(),
                        options.windowEnd(c.event().discharged()).plusDays(1)))
                .sorted(Comparator.comparing(OutcomeEvent::evidenceComplete).thenComparing(OutcomeEvent::episodeKey))
                .toList();
    }

    private record Completion(OutcomeEvent event, LocalDate returnedOn) {}

    private List<List<Completion>> completed(
            UUID snapshot, LocalDate first, LocalDate last, EvidenceOptions options, ContractGroups groups) {
        EvidenceFilter filter = new EvidenceFilter(snapshot, ContractGroups.withoutAgencies(options));
        List<List<Completion>> byContract = new ArrayList<>();
        for (int n = 0; n < groups.size(); n++) {
            byContract.add(new ArrayList<>());
        }
        String where = filter.where("i") + " and i.discharged_on between :first and :last"
                + " and i.discharge_code in (:codes)";
        String returned = """
                (select min(r.triaged_on) from contract_evidence_intervention r
                  where r.snapshot_id = :snapshot and r.client_key = c.client_key
                    and r.episode_key <> c.episode_key and r.triaged_on >= c.discharged_on)""";
        groups.bind(filter.bind(jdbc.sql("""
                select c.contract_no, c.client_key, c.episode_key, c.discharged_on, c.discharge_code, %s
                  from (select e.contract_no, e.client_key, e.episode_key, max(e.discharged_on) as discharged_on,
                               max(e.discharge_code) as discharge_code
                          from %s
                         group by e.contract_no, e.client_key, e.episode_key) c
                 order by 4, 3
                """.formatted(
                                returned,
                                groups.rows(
                                        "contract_evidence_intervention i",
                                        where,
                                        "i.client_key, i.episode_key, i.discharged_on, i.discharge_code",
                                        "e")))))
                .param("first", first)
                .param("last", last)
                .param("codes", List.copyOf(options.qualifyingDischargeCodes()))
                .query((rs, n) -> byContract
                        .get(rs.getInt(1))
                        .add(new Completion(
                                new OutcomeEvent(
                                        OutcomeStage.COMPLETION,
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getObject(4, LocalDate.class),
                                        rs.getString(5),
                                        rs.getObject(4, LocalDate.class)),
                                rs.getObject(6, LocalDate.class))))
                .list();
        return byContract;
    }
}
