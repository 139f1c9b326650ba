package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The imported half of a snapshot of the record (issue 17 item 8): the rows in force of the NDTMS activity files
 * providers on other systems send ({@code report_ndtms_intervention}, the ndtms module's view), added to the
 * snapshot's intervention rows in one {@code insert … select} after OneDoor's own, so a contract whose agency sent a
 * file is paid on its clients per month, completions and sustained exits as on the live record. Rows are keyed as an
 * activity file's are: the client by its attributor, the episode by agency and EPISODID, both keyed hashes
 * ({@link EvidenceKeys}). The as-of day is applied as for the record; a row without a triage date or an episode (a
 * refused consent) takes no part, nor does half a discharge or an end without a start. A file imported again changes
 * nothing: the import store keeps one copy in force, and a newer file from the agency replaces the older's rows.
 */
@Component
class ImportedEvidence {

    private final JdbcClient jdbc;
    private final EvidenceKeys keys;

    ImportedEvidence(JdbcClient jdbc, EvidenceKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Writes the imported rows into the snapshot's table after {@code before} rows and returns how many. */
    int take(UUID snapshot, String table, LocalDate asOf, int before) {
        return keys.bindKeys(jdbc.sql("""
                insert into %s (snapshot_id, line_no, client_key, episode_key,
                       agency_code, operating_agency_code, practice_code, setting_code, intervention_code,
                       referred_on, started_on, ended_on, triaged_on, discharged_on, discharge_code)
                select :id, :before + row_number() over (order by r.agency, r.episode_id, r.import_id, r.line),
                       left(%s, %d), left(%s, %d),
                       left(r.agency, 20), left(r.provider_agency, 20), left(r.gp_practice, 20), left(r.setting, 40),
                       r.modality, r.referred_to_intervention_on,
                       case when r.started_on <= :asOf then r.started_on end,
                       case when r.started_on <= :asOf and r.ended_on <= :asOf and r.ended_on >= r.started_on
                            then r.ended_on end,
                       r.triaged_on,
                       case when r.discharged_on <= :asOf and r.discharge_reason is not null
                            and r.discharged_on >= r.triaged_on then r.discharged_on end,
                       case when r.discharged_on <= :asOf and r.discharge_reason is not null
                            and r.discharged_on >= r.triaged_on then r.discharge_reason end
                  from report_ndtms_intervention r
                 where r.triaged_on <= :asOf and r.episode_id is not null and r.attributor is not null
                   and (r.referred_to_intervention_on is null or r.referred_to_intervention_on <= :asOf)
                 order by r.agency, r.episode_id, r.import_id, r.line
                """.formatted(
                                table,
                                keys.hmacSql("'client:' || r.attributor"),
                                EvidenceKeys.LENGTH,
                                keys.hmacSql("'episode:' || r.agency || '/' || r.episode_id"),
                                EvidenceKeys.LENGTH)))
                .param("id", snapshot)
                .param("asOf", asOf)
                .param("before", before)
                .update();
    }
}
