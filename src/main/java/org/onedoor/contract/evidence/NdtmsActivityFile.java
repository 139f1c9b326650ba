package org.onedoor.contract.evidence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.ndtms.NdtmsFile;
import org.onedoor.ndtms.NdtmsFileRefused;
import org.onedoor.ndtms.NdtmsRecord;
import org.onedoor.ndtms.NdtmsRule;
import org.onedoor.ndtms.NdtmsSchema;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an activity file in the NDTMS core-dataset layout ({@link ActivityFileLayout}, read by ndtms's
 * {@link NdtmsFile}) into a new snapshot, streaming: rows are checked as they are read and written {@value #BATCH} at a time. Every problem is collected
 * (up to {@value #MAX_PROBLEMS}) and the whole file is refused with {@link ActivityFileRejected}: the snapshot and
 * its rows are written in one transaction, so nothing of a refused file is saved.
 */
@Service
public class NdtmsActivityFile {

    static final int BATCH = 500;
    static final int MAX_PROBLEMS = 100;

    private final JdbcTemplate jdbc;
    private final SnapshotStore store;
    private final EvidenceKeys keys;

    NdtmsActivityFile(JdbcTemplate jdbc, SnapshotStore store, EvidenceKeys keys) {
        this.jdbc = jdbc;
        this.store = store;
        this.keys = keys;
    }

    @Transactional
    public EvidenceSnapshot load(Path file, LocalDate asOf, String description) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return load(file.getFileName().toString(), reader, asOf, description);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the activity file " + file, e);
        }
    }

    /** @param name the file's name, quoted in every problem */
    @Transactional
    public EvidenceSnapshot load(String name, Reader reader, LocalDate asOf, String description) {
        UUID snapshot = store.open(EvidenceSource.IMPORTED_FILE, asOf, description);
        List<FieldProblem> problems = new ArrayList<>();
        try (NdtmsFile ndtms =
                NdtmsFile.open(name, reader, NdtmsSchema.datasetK(), List.of(), ActivityFileLayout.READ)) {
            ActivityFileLayout layout = new ActivityFileLayout(name, ndtms, asOf, keys, problems);
            if (problems.isEmpty()) {
                rows(snapshot, ndtms, layout, problems);
            }
            ndtms.problems().stream()
                    .filter(p -> p.rule() == NdtmsRule.MALFORMED_CSV)
                    .forEach(p -> problems.add(p.toFieldProblem(name)));
        } catch (NdtmsFileRefused refused) {
            refused.ndtmsProblems().forEach(p -> problems.add(p.toFieldProblem(name)));
        }
        if (!problems.isEmpty()) {
            throw new ActivityFileRejected(name, problems);
        }
        return store.close(snapshot);
    }

    /** Checks every row; writes full batches only while none has failed (the rollback removes what was written). */
    private void rows(UUID snapshot, NdtmsFile ndtms, ActivityFileLayout layout, List<FieldProblem> problems) {
        List<ActivityRow> batch = new ArrayList<>(BATCH);
        for (NdtmsRecord record = ndtms.next();
                record != null && problems.size() < MAX_PROBLEMS;
                record = ndtms.next()) {
            ActivityRow row = layout.row(record, problems);
            if (row != null && problems.isEmpty()) {
                batch.add(row);
                if (batch.size() == BATCH) {
                    write(snapshot, batch);
                    batch.clear();
                }
            }
        }
        if (problems.isEmpty()) {
            write(snapshot, batch);
        }
    }

    private void write(UUID snapshot, List<ActivityRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                """
                insert into %s (snapshot_id, line_no, client_key, episode_key,
                       agency_code, operating_agency_code, practice_code, setting_code, intervention_code,
                       referred_on, started_on, ended_on, triaged_on, discharged_on, discharge_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """.formatted(store.table(snapshot)), List.copyOf(rows), BATCH, (ps, row) -> bind(ps, snapshot, row));
    }

    private static void bind(PreparedStatement ps, UUID snapshot, ActivityRow row) throws SQLException {
        ps.setObject(1, snapshot);
        ps.setInt(2, row.lineNo());
        text(ps, 3, row.clientKey());
        text(ps, 4, row.episodeKey());
        text(ps, 5, row.agencyCode());
        text(ps, 6, row.operatingAgencyCode());
        text(ps, 7, row.practiceCode());
        text(ps, 8, row.settingCode());
        text(ps, 9, row.interventionCode());
        date(ps, 10, row.referredOn());
        date(ps, 11, row.startedOn());
        date(ps, 12, row.endedOn());
        date(ps, 13, row.triagedOn());
        date(ps, 14, row.dischargedOn());
        text(ps, 15, row.dischargeCode());
    }

    private static void text(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void date(PreparedStatement ps, int index, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }
}
