package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.ndtms.ImportResult;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.onedoor.ndtms.NdtmsSchema;
import org.onedoor.ndtms.NdtmsWriter;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long the NDTMS import takes for a large provider file: {@code onedoor.bench.ndtmsRows} (100,000) intervention
 * rows of one agency, written with {@link NdtmsWriter} (not timed), loaded (checked in full, then written in one
 * transaction), loaded again unchanged (the same file: only its digest is taken), and a second month's file loaded
 * over it (every row replaced). Runs with {@code scripts/bench-ndtms-import.sh}, never in {@code ./mvnw verify}.
 */
@IntegrationTest
class NdtmsImportBenchmark {

    private static final List<String> FIELDS = List.of(
            "AGNCY",
            "CLIENTID",
            "FINITIAL",
            "SINITIAL",
            "DOB",
            "SEX",
            "EPISODID",
            "CONSENT",
            "REFLD",
            "TRIAGED",
            "DRUG1",
            "DRUG2",
            "MODID",
            "MODAL",
            "MODSET",
            "REFMODDT",
            "FAOMODDT",
            "MODST",
            "MODEND",
            "MODEXIT",
            "DISD",
            "DISRSN",
            "GPPTCE");

    @Autowired
    NdtmsImport imports;

    @Test
    void importsALargeProviderFile() throws IOException {
        int rows = Integer.getInteger("onedoor.bench.ndtmsRows", 100_000);
        Path april = write(rows, 0);
        Path may = write(rows, 1);
        ImportedBy by = new ImportedBy("benchmark");

        long start = System.nanoTime();
        ImportResult first = load(april, by);
        long loaded = System.nanoTime();
        ImportResult again = load(april, by);
        long unchanged = System.nanoTime();
        ImportResult next = load(may, by);
        long replaced = System.nanoTime();

        assertThat(first.rowCount()).isEqualTo(rows);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(next.replacedRows()).isEqualTo(rows);
        System.out.printf(
                "==== NDTMS import, %,d rows (%,d bytes)%nload %d ms%nsame file again %d ms%nnext month replacing all"
                        + " %d ms%n====%n",
                rows,
                Files.size(april),
                (loaded - start) / 1_000_000,
                (unchanged - loaded) / 1_000_000,
                (replaced - unchanged) / 1_000_000);
        Files.delete(april);
        Files.delete(may);
    }

    private ImportResult load(Path file, ImportedBy by) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.load(file.getFileName().toString(), in, by);
        }
    }

    /** A file of one agency's rows; {@code month} shifts every episode's triage, so each month's file differs. */
    private static Path write(int rows, int month) throws IOException {
        Path file = Files.createTempFile("ndtms-bench-", ".csv");
        LocalDate base = LocalDate.of(2016, 4, 1).plusMonths(month);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            NdtmsWriter writer = new NdtmsWriter(out, NdtmsSchema.datasetK(), FIELDS);
            for (int i = 0; i < rows; i++) {
                LocalDate referred = base.plusDays(i % 300);
                boolean ended = i % 3 == 0;
                Map<String, Object> row = new HashMap<>();
                row.put("AGNCY", "NBENCH");
                row.put("CLIENTID", "C" + i);
                row.put("FINITIAL", String.valueOf((char) ('A' + i % 26)));
                row.put("SINITIAL", String.valueOf((char) ('A' + i / 26 % 26)));
                row.put("DOB", LocalDate.of(1960, 1, 1).plusDays(i % 12_000));
                row.put("SEX", i % 2 == 0 ? "1" : "2");
                row.put("EPISODID", "E" + i);
                row.put("CONSENT", "Y");
                row.put("REFLD", referred);
                row.put("TRIAGED", referred.plusDays(3));
                row.put("DRUG1", i % 4 == 0 ? "7000" : "1011");
                row.put("DRUG2", i % 4 == 0 ? null : "5000");
                row.put("MODID", "M" + i);
                row.put("MODAL", "95");
                row.put("MODSET", "COMMUNITY");
                row.put("REFMODDT", referred.plusDays(3));
                row.put("FAOMODDT", referred.plusDays(10));
                row.put("MODST", referred.plusDays(14));
                row.put("MODEND", ended ? referred.plusDays(120) : null);
                row.put("MODEXIT", ended ? "A" : null);
                row.put("DISD", ended ? referred.plusDays(120) : null);
                row.put("DISRSN", ended ? "80" : null);
                row.put("GPPTCE", "B81" + String.format("%03d", i % 50));
                writer.write(row);
            }
        }
        return file;
    }
}
