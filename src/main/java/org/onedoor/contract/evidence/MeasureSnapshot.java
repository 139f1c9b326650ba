package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.onedoor.assessment.cohort.OutcomeMeasureEvents;
import org.onedoor.assessment.cohort.OutcomeMeasureSql;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outcome-measure rows of a snapshot of recorded treatment (issue 16 item 4): one {@code insert … select} over
 * the measure events as assessment defines them ({@link OutcomeMeasureEvents}, over {@code report_outcome}; ADR 0018)
 * shown by the as-of day, the first day of each client, episode, measure and organisation, with the client and
 * episode keyed as the other evidence is ({@link EvidenceKeys}) and the organisation's codes from partnership's
 * {@code report_organisation}. Each row is keyed in place: keying each distinct client once needs a second reference
 * to the rows, which H2 evaluates again for every row. Part of the snapshot's transaction.
 */
@Component
class MeasureSnapshot {

    private final JdbcClient jdbc;
    private final EvidenceKeys keys;
    private final OutcomeMeasureEvents events;
    private final boolean postgres;

    MeasureSnapshot(JdbcClient jdbc, JdbcTemplate template, EvidenceKeys keys, OutcomeMeasureEvents events) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.events = events;
        String product = template.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Writes the snapshot's measure rows and returns how many. */
    int take(UUID snapshot, LocalDate asOf) {
        OutcomeMeasureSql definition = events.sql();
        int rows = keys.bindKeys(jdbc.sql("""
                insert into contract_evidence_measure (snapshot_id, line_no, client_key, episode_key, agency_code,
                       practice_code, measure, evidence_shown)
                with %s
                select :snapshot, row_number() over (order by m.ods_code, m.evidence_shown, m.client_key, m.measure),
                       %s, %s, m.ods_code, case when m.organisation_type = 'GP_PRACTICE' then m.ods_code end,
                       m.measure, m.evidence_shown
                  from (select e.client_key, e.episode_id, e.measure, o.ods_code, o.organisation_type,
                               min(e.evidence_shown) as evidence_shown
                          from %s e
                          left join report_organisation o on o.organisation_id = e.organisation_id
                         where e.evidence_shown <= :asOf
                         group by e.client_key, e.episode_id, e.measure, o.ods_code, o.organisation_type) m
                """.formatted(
                                definition.ctes(),
                                keys.clientKeySql("m.client_key"),
                                keys.episodeKeySql("m.episode_id"),
                                OutcomeMeasureEvents.RELATION)))
                .params(definition.params())
                .param("snapshot", snapshot)
                .param("asOf", asOf)
                .update();
        if (postgres) {
            jdbc.sql("analyze contract_evidence_measure").update();
        }
        return rows;
    }
}
