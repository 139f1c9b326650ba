package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes snapshots of OneDoor's own treatment records for payment runs, in one {@code insert … select} over
 * treatment's report views {@code report_episode} and {@code report_intervention} (and partnership's
 * {@code report_organisation} for agency and practice codes). The client and episode keys are keyed hashes
 * ({@link EvidenceKeys}) computed in the same statement, never the ids themselves. What
 * happened after the as-of day is left out: later episodes, and later starts, ends and discharges (as not yet
 * happened). An episode without an intervention is kept as one row: its triage is a presentation. The attended
 * contacts (treatment's {@code report_contact}) dated by the as-of day, of clients with an episode in the snapshot,
 * are kept too, for {@link CountingRule#ATTENDED_CONTACT}, by a second {@code insert … select}. Rows are written and
 * numbered in order of provider (agency code), so that a contract's rows of a national snapshot lie together on few
 * pages, with one sort for both; on PostgreSQL into the snapshot's own table, indexed after it is written
 * (ADR 0019) and created by the statement itself ({@code create table … as select}), so that the joins, the keys and
 * the sort may run in parallel workers (ADR 0021). The outcome measures clients met are kept by a third
 * ({@link MeasureSnapshot}), and the rows in force of imported NDTMS activity files are added after the record's
 * ({@link ImportedEvidence}).
 */
@Service
public class EvidenceSnapshots {

    /** The evidence table's columns, in its order, as the snapshot statement names them. */
    private static final String COLUMNS = "snapshot_id, line_no, client_key, episode_key, agency_code,"
            + " operating_agency_code, practice_code, setting_code, intervention_code, referred_on, started_on,"
            + " ended_on, triaged_on, discharged_on, discharge_code";

    private final JdbcClient jdbc;
    private final SnapshotStore store;
    private final EvidenceKeys keys;
    private final MeasureSnapshot measures;
    private final ImportedEvidence imported;

    EvidenceSnapshots(
            JdbcClient jdbc,
            SnapshotStore store,
            EvidenceKeys keys,
            MeasureSnapshot measures,
            ImportedEvidence imported) {
        this.jdbc = jdbc;
        this.store = store;
        this.keys = keys;
        this.measures = measures;
        this.imported = imported;
    }

    @Transactional
    public EvidenceSnapshot takeFromRecords(LocalDate asOf, String description) {
        UUID id = store.openForSelect(EvidenceSource.RECORDED, asOf, description);
        store.bulkLoading();
        int rows = keys.bindKeys(jdbc.sql("""
                %s
                select cast(:id as uuid) as snapshot_id,
                       cast(row_number() over (order by s.agency_code, s.episode_id, s.intervention_id) as integer)
                           as line_no,
                       cast(s.client_key as varchar(64)) as client_key,
                       cast(s.episode_key as varchar(64)) as episode_key,
                       cast(s.agency_code as varchar(20)) as agency_code,
                       cast(s.operating_agency_code as varchar(20)) as operating_agency_code,
                       cast(s.practice_code as varchar(20)) as practice_code,
                       cast(s.setting_code as varchar(40)) as setting_code,
                       cast(s.intervention_code as varchar(40)) as intervention_code,
                       s.referred_on, s.started_on, s.ended_on, s.triaged_on, s.discharged_on,
                       cast(s.discharge_code as varchar(4)) as discharge_code
                  from (select e.episode_id, i.intervention_id, %s as client_key, %s as episode_key,
                               p.ods_code as agency_code, d.ods_code as operating_agency_code,
                               case when d.organisation_type = 'GP_PRACTICE' then d.ods_code end as practice_code,
                               i.setting as setting_code, i.intervention_type as intervention_code, i.referred_on,
                               case when i.started_on <= :asOf then i.started_on end as started_on,
                               case when i.started_on <= :asOf and i.ended_on <= :asOf then i.ended_on end
                                   as ended_on,
                               e.triaged_on,
                               case when e.discharged_on <= :asOf then e.discharged_on end as discharged_on,
                               case when e.discharged_on <= :asOf then e.discharge_reason end as discharge_code
                          from report_episode e
                          left join report_intervention i on i.episode_id = e.episode_id and i.referred_on <= :asOf
                          left join report_organisation p on p.organisation_id = e.provider_id
                          left join report_organisation d on d.organisation_id = i.delivered_by
                         where e.triaged_on <= :asOf
                         order by p.ods_code, e.episode_id, i.intervention_id) s
                """.formatted(
                                store.writeAs(id, COLUMNS),
                                keys.clientKeySql("e.client_key"),
                                keys.episodeKeySql("e.episode_id"))))
                .param("id", id)
                .param("asOf", asOf)
                .update();
        rows += imported.take(id, store.table(id), asOf, rows);
        keys.bindKeys(jdbc.sql("""
                insert into contract_evidence_contact (snapshot_id, line_no, client_key, episode_key, contact_on,
                       contact_type)
                select :id, row_number() over (order by c.contact_on, c.contact_id), %s, %s, c.contact_on,
                       c.contact_type
                  from report_contact c
                 where c.status = 'ATTENDED' and c.contact_on <= :asOf
                   and exists (select 1 from report_episode e
                                where e.client_key = c.client_key and e.triaged_on <= :asOf)
                """.formatted(keys.clientKeySql("c.client_key"), keys.episodeKeySql("c.episode_id"))))
                .param("id", id)
                .param("asOf", asOf)
                .update();
        measures.take(id, asOf);
        return store.close(id, rows);
    }

    public Optional<EvidenceSnapshot> find(UUID id) {
        return store.find(id);
    }
}
