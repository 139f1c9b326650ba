package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outcome measures met, from a snapshot, for each contract of a pass (issue 16 item 4): the first day the
 * contract's rows show each client meeting each measure in an episode, when that day falls between the two days
 * asked for, so a measure is paid once, in the month the evidence first shows it. The contract's organisations
 * choose the rows as they do the other evidence (agency codes, GP practices); setting codes do not apply, as an
 * outcome record belongs to no intervention setting. One statement for all the contracts.
 */
@Component
class MeasureEventsQuery {

    private final JdbcClient jdbc;

    MeasureEventsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<List<MeasureEvent>> firstShown(
            UUID snapshot, LocalDate first, LocalDate last, EvidenceOptions options, ContractGroups groups) {
        EvidenceFilter filter = new EvidenceFilter(
                snapshot, ContractGroups.withoutAgencies(options).inSettings(Set.of()));
        List<List<MeasureEvent>> byContract = new ArrayList<>();
        for (int n = 0; n < groups.size(); n++) {
            byContract.add(new ArrayList<>());
        }
        String rows = groups.rows(
                "(select m.*, cast(null as varchar(20)) as operating_agency_code from contract_evidence_measure m) i",
                filter.where("i"),
                "i.client_key, i.episode_key, i.measure, i.evidence_shown",
                "e");
        groups.bind(filter.bind(jdbc.sql("""
                select e.contract_no, e.measure, e.client_key, coalesce(e.episode_key, ''), min(e.evidence_shown)
                  from %s
                 group by e.contract_no, e.client_key, e.episode_key, e.measure
                having min(e.evidence_shown) between :first and :last
                 order by 5, 3, 4, 2
                """.formatted(rows))))
                .param("first", first)
                .param("last", last)
                .query((rs, n) -> byContract
                        .get(rs.getInt(1))
                        .add(new MeasureEvent(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class))))
                .list();
        return byContract;
    }
}
