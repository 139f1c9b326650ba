package org.onedoor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The national counting done a second, independent way: the snapshot's rows exported to an in-memory DuckDB (through
 * a CSV file; DuckDB's JDBC driver is on the classpath of the {@code bench} profile only, so nothing here names its
 * classes), then clients per month, completions and sustained exits for every agency in one pass each, grouped by
 * agency. The rules are those of {@code EvidenceReader} for the benchmark's options (any day open, the settings
 * given, completions 80 and 81, a 6-month window); the results come back as lines comparable with OneDoor's.
 */
final class DuckDbCounts implements AutoCloseable {

    private static final String COLUMNS = "client_key, episode_key, agency_code, operating_agency_code, setting_code,"
            + " started_on, ended_on, triaged_on, discharged_on, discharge_code";

    private final Connection duck;

    private DuckDbCounts(Connection duck) {
        this.duck = duck;
    }

    /** Copies the snapshot's rows from PostgreSQL into a fresh in-memory DuckDB. */
    static DuckDbCounts exported(DataSource postgres, UUID snapshot) throws SQLException {
        Path csv;
        try {
            csv = Files.createTempFile("onedoor-evidence-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection pg = postgres.getConnection();
                Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            pg.setAutoCommit(false);
            try (var select = pg.prepareStatement(
                    "select " + COLUMNS + " from contract_evidence_intervention where snapshot_id = ?")) {
                select.setFetchSize(10_000);
                select.setObject(1, snapshot);
                try (ResultSet rows = select.executeQuery()) {
                    out.write(COLUMNS.replace(" ", "") + "\n");
                    while (rows.next()) {
                        List<String> cells = new ArrayList<>(10);
                        for (int c = 1; c <= 10; c++) {
                            cells.add(Objects.toString(rows.getString(c), ""));
                        }
                        out.write(String.join(",", cells) + "\n");
                    }
                }
            }
            pg.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("create table ev as select * from read_csv('" + csv + "', header = true, types = {"
                    + "'client_key': 'VARCHAR', 'episode_key': 'VARCHAR', 'agency_code': 'VARCHAR',"
                    + " 'operating_agency_code': 'VARCHAR', 'setting_code': 'VARCHAR', 'started_on': 'DATE',"
                    + " 'ended_on': 'DATE', 'triaged_on': 'DATE', 'discharged_on': 'DATE',"
                    + " 'discharge_code': 'VARCHAR'})");
        }
        try {
            Files.delete(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DuckDbCounts(duck);
    }

    /**
     * Month counts as {@code agency|month|clients} and outcome events as
     * {@code agency|stage|client|episode|evidence complete}, for the agencies' runs reading {@code first} to
     * {@code last} (whole months) over a snapshot as of {@code asOf}.
     */
    List<String> count(LocalDate first, LocalDate last, LocalDate asOf, String setting) throws SQLException {
        List<String> lines = new ArrayList<>();
        String rows = """
                (select agency_code as agency, * from ev where setting_code = '%1$s' and agency_code is not null
                 union all
                 select operating_agency_code, * from ev
                  where setting_code = '%1$s' and operating_agency_code is not null)""".formatted(setting);
        String months = "(select cast(m as date) as first_day, cast(m + interval 1 month - interval 1 day as date)"
                + " as last_day from range(date '" + first + "', date '" + last + "' + interval 1 day,"
                + " interval 1 month) t(m))";
        query("""
                select agency, strftime(first_day, '%%Y-%%m'), count(distinct client_key)
                  from %s r join %s m
                    on r.started_on <= m.last_day and (r.ended_on is null or r.ended_on >= m.first_day)
                 group by all""".formatted(rows, months), lines);
        LocalDate lastCompletion = last.isAfter(asOf) ? asOf : last;
        String completions = """
                (select agency, client_key, episode_key, max(discharged_on) as discharged_on
                   from %s r
                  where discharged_on between date '%s' and date '%s' and discharge_code in ('80', '81')
                  group by all)""";
        query(
                "select agency, 'COMPLETION', client_key, episode_key, discharged_on from "
                        + completions.formatted(rows, first, lastCompletion),
                lines);
        query("""
                select agency, 'SUSTAINED_EXIT', client_key, episode_key, cast(window_end + interval 1 day as date)
                  from (select *, cast(discharged_on + interval 6 month as date) as window_end from %s) c
                 where window_end + interval 1 day between date '%s' and date '%s' and window_end <= date '%s'
                   and not exists (select 1 from ev i where i.client_key = c.client_key
                                      and i.episode_key <> c.episode_key
                                      and i.triaged_on between c.discharged_on and c.window_end)""".formatted(completions.formatted(rows, first.minusMonths(7), last), first, last, asOf), lines);
        return lines;
    }

    private void query(String sql, List<String> lines) throws SQLException {
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    cells.add(rs.getString(c));
                }
                lines.add(String.join("|", cells));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        duck.close();
    }
}
