package org.onedoor.ndtms;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the import store: one statement per step, set-based, rows written in batches. */
@Repository
class ImportStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ImportStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** The import in force that loaded a file with this digest, if any. */
    Optional<ImportResult> current(String sha256) {
        return jdbc
                .sql("""
                        select id, row_count from ndtms_import
                         where sha256 = :sha256 and status = 'CURRENT'
                         order by imported_at desc""")
                .param("sha256", sha256)
                .query((rs, n) -> new ImportResult(
                        new NdtmsImportId(rs.getObject("id", UUID.class)),
                        ImportResult.Outcome.UNCHANGED,
                        sha256,
                        rs.getInt("row_count"),
                        0,
                        agencies(rs.getObject("id", UUID.class))))
                .stream()
                .findFirst();
    }

    private Set<String> agencies(UUID id) {
        return Set.copyOf(jdbc.sql("select distinct agency from ndtms_import_row where import_id = :id")
                .param("id", id)
                .query(String.class)
                .list());
    }

    void open(UUID id, String fileName, String sha256, String dataset, @Nullable String agency, ImportedBy by) {
        jdbc.sql("""
                        insert into ndtms_import (id, file_name, sha256, dataset, agency, imported_at, imported_by,
                               row_count, status)
                        values (:id, :file, :sha256, :dataset, :agency, :at, :by, 0, 'CURRENT')""")
                .param("id", id)
                .param("file", fileName)
                .param("sha256", sha256)
                .param("dataset", dataset)
                .param("agency", agency, Types.VARCHAR)
                .param("at", DbTime.now(clock))
                .param("by", by.name())
                .update();
    }

    /** Marks the rows in force of these agencies replaced by a new import, and imports left with none REPLACED. */
    int replace(UUID by, Set<String> agencies) {
        int rows = jdbc.sql("""
                        update ndtms_import_row set replaced_by = :by
                         where agency in (:agencies) and replaced_by is null and import_id <> :by""").param("by", by).param("agencies", agencies).update();
        jdbc.sql("""
                        update ndtms_import set status = 'REPLACED'
                         where status = 'CURRENT' and id <> :by
                           and not exists (select 1 from ndtms_import_row r
                                            where r.import_id = ndtms_import.id and r.replaced_by is null)""").param("by", by).update();
        return rows;
    }

    void close(UUID id, int rowCount) {
        jdbc.sql("update ndtms_import set row_count = :rows where id = :id")
                .param("rows", rowCount)
                .param("id", id)
                .update();
    }

    void write(UUID importId, List<ImportRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into ndtms_import_row (import_id, line, agency, client_id, attributor, born_on, sex,
                       episode_id, consent, referred_on, triaged_on, care_plan_on, discharged_on, discharge_reason,
                       drug1, drug2, drug3, intervention_id, modality, setting, referred_to_intervention_on,
                       first_offered_on, started_on, ended_on, exit_code, gp_practice, provider_agency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, rows.size(), (ps, row) -> bind(ps, importId, row));
    }

    private static void bind(PreparedStatement ps, UUID importId, ImportRow r) throws SQLException {
        ps.setObject(1, importId);
        ps.setInt(2, r.line());
        Object[] values = {
            r.agency(),
            r.clientId(),
            r.attributor(),
            r.bornOn(),
            r.sex(),
            r.episodeId(),
            r.consent(),
            r.referredOn(),
            r.triagedOn(),
            r.carePlanOn(),
            r.dischargedOn(),
            r.dischargeReason(),
            r.drug1(),
            r.drug2(),
            r.drug3(),
            r.interventionId(),
            r.modality(),
            r.setting(),
            r.referredToInterventionOn(),
            r.firstOfferedOn(),
            r.startedOn(),
            r.endedOn(),
            r.exitCode(),
            r.gpPractice(),
            r.providerAgency()
        };
        for (int i = 0; i < values.length; i++) {
            set(ps, i + 3, values[i], DATES.contains(i + 3));
        }
    }

    /** The parameter indexes of the date columns, bound as dates even when null (PostgreSQL checks the type). */
    private static final Set<Integer> DATES = Set.of(6, 10, 11, 12, 13, 21, 22, 23, 24);

    private static void set(PreparedStatement ps, int index, @Nullable Object value, boolean date) throws SQLException {
        if (value == null) {
            ps.setNull(index, date ? Types.DATE : Types.VARCHAR);
        } else if (value instanceof LocalDate day) {
            ps.setObject(index, day);
        } else {
            ps.setString(index, value.toString());
        }
    }
}
