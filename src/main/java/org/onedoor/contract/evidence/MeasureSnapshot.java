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
 * the measure events as assessment defines them ({@link OutcomeMeasureEvents}, over {@code report_outcome}; ADR 0017)
 * shown by the as-of day, the first day of each client, episode, measure and organisation, with the client and
 * episode keyed as the other evidence is ({@link EvidenceKeys}), each distinct client and episode hashed once, and
 * the organisation's codes from partnership's {@code report_organisation}. Part of the snapshot's transaction.
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
                with %s,
                measure_first as (
                  select e.client_key, e.episode_id, e.measure, o.ods_code, o.organisation_type,
                         min(e.evidence_shown) as evidence_shown
                    from %s e
                    left join report_organisation o on o.organisation_id = e.organisation_id
                   where e.evidence_shown <= :asOf
                   group by e.client_key, e.episode_id, e.measure, o.ods_code, o.organisation_type
                ),
                client_keyed as (
                  select c.client_key, %s as hashed from (select distinct client_key from measure_first) c
                ),
                episode_keyed as (
                  select x.episode_id, %s as hashed
                    from (select distinct episode_id from measure_first where episode_id is not null) x
                )
                select :snapshot, row_number() over (order by m.ods_code, m.evidence_shown, c.hashed, m.measure),
                       c.hashed, x.hashed, m.ods_code, case when m.organisation_type = 'GP_PRACTICE' then m.ods_code end,
                       m.measure, m.evidence_shown
                  from measure_first m
                  join client_keyed c on c.client_key = m.client_key
                  left join episode_keyed x on x.episode_id = m.episode_id
                """.formatted(
                                definition.ctes(),
                                OutcomeMeasureEvents.RELATION,
                                keys.clientKeySql("c.client_key"),
                                keys.episodeKeySql("x.episode_id"))))
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
