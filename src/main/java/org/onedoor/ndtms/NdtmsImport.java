package org.onedoor.ndtms;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads NDTMS activity files into the import store (issue 17, item 8). A file is spooled to a temporary file while
 * its SHA-256 is taken; if the same file is already in force nothing changes. Otherwise it is read twice: first every
 * record is checked and every problem collected ({@link NdtmsFileRefused} when there is any, nothing written), then
 * it is loaded in one transaction, replacing the rows in force of the agencies it holds (NDTMS files are cumulative
 * full refreshes). Needs no web layer: the {@code indicators} command calls it on an in-memory database.
 */
@Service
public class NdtmsImport {

    /** The columns every imported file must have: the agency, the episode and the attributor. */
    public static final Set<String> REQUIRED = Set.of("AGNCY", "EPISODID", "FINITIAL", "SINITIAL", "DOB", "SEX");

    static final int BATCH = 1_000;

    private final ImportStore store;
    private final ImportChecks checks;
    private final TransactionTemplate transaction;

    NdtmsImport(ImportStore store, ImportChecks checks, TransactionTemplate transaction) {
        this.store = store;
        this.checks = checks;
        this.transaction = transaction;
    }

    /** Loads a dataset-K file that has at least the {@link #REQUIRED} columns. */
    public ImportResult load(String fileName, InputStream in, ImportedBy by) {
        return load(fileName, in, by, Set.of());
    }

    /**
     * Loads a dataset-K file.
     *
     * @param alsoRequired columns the caller's computation needs besides {@link #REQUIRED}: a file without one is
     *                     refused naming it
     * @throws NdtmsFileRefused listing every problem of every record, when there is any
     */
    public ImportResult load(String fileName, InputStream in, ImportedBy by, Collection<String> alsoRequired) {
        Set<String> required = new LinkedHashSet<>(REQUIRED);
        required.addAll(alsoRequired);
        @Nullable Path spool = null;
        try {
            spool = Files.createTempFile("ndtms-import-", ".csv");
            String sha256 = spool(in, spool);
            var unchanged = store.current(sha256);
            if (unchanged.isPresent()) {
                return unchanged.get();
            }
            NdtmsSchema schema = NdtmsSchema.datasetK();
            Set<String> agencies = check(fileName, spool, schema, required);
            Path file = spool;
            return transaction.execute(status -> write(fileName, file, schema, required, sha256, agencies, by));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the NDTMS file " + fileName, e);
        } finally {
            delete(spool);
        }
    }

    /** Every problem of every record; the agencies the file holds when there is none. */
    private Set<String> check(String fileName, Path file, NdtmsSchema schema, Set<String> required) throws IOException {
        Set<String> agencies = new TreeSet<>();
        List<NdtmsProblem> problems = new ArrayList<>();
        try (NdtmsFile ndtms = NdtmsFile.open(fileName, reader(file), schema, required)) {
            for (NdtmsRecord record = ndtms.next(); record != null; record = ndtms.next()) {
                checks.check(record, problems);
                if (record.text("AGNCY") != null) {
                    agencies.add(record.text("AGNCY"));
                }
            }
            List<NdtmsProblem> all = new ArrayList<>(ndtms.problems());
            all.addAll(problems);
            if (!all.isEmpty()) {
                all.sort(java.util.Comparator.comparingInt(NdtmsProblem::line));
                throw new NdtmsFileRefused(fileName, all.subList(0, Math.min(all.size(), NdtmsFile.MAX_PROBLEMS)));
            }
        }
        return agencies;
    }

    private ImportResult write(
            String fileName,
            Path file,
            NdtmsSchema schema,
            Set<String> required,
            String sha256,
            Set<String> agencies,
            ImportedBy by) {
        UUID id = UUID.randomUUID();
        store.open(
                id,
                fileName,
                sha256,
                schema.dataset(),
                agencies.size() == 1 ? agencies.iterator().next() : null,
                by);
        int replaced = agencies.isEmpty() ? 0 : store.replace(id, agencies);
        int rows = 0;
        try (NdtmsFile ndtms = NdtmsFile.open(fileName, reader(file), schema, required)) {
            List<ImportRow> batch = new ArrayList<>(BATCH);
            for (NdtmsRecord record = ndtms.next(); record != null; record = ndtms.next()) {
                batch.add(ImportRow.of(record));
                rows++;
                if (batch.size() == BATCH) {
                    store.write(id, batch);
                    batch.clear();
                }
            }
            store.write(id, batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.close(id, rows);
        return new ImportResult(
                new NdtmsImportId(id), ImportResult.Outcome.LOADED, sha256, rows, replaced, Set.copyOf(agencies));
    }

    private static Reader reader(Path file) throws IOException {
        return new java.io.BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static String spool(InputStream in, Path to) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            Files.copy(digesting, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void delete(@Nullable Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                spool.toFile().deleteOnExit();
            }
        }
    }
}
