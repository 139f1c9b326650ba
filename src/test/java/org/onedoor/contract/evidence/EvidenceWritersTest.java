package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Evidence rows carry no foreign key to their snapshot header (ADR 0017): what keeps every row with its header is
 * that only the two writers, each one transaction that opens the header first and closes it last, write evidence
 * rows (the record's snapshot adds imported NDTMS activity through {@code ImportedEvidence}, inside the same
 * transaction), and that nothing updates or deletes them. This test reads the main sources and fails on a new writer. On
 * PostgreSQL the intervention rows are written into the snapshot's own table, named at run time ({@code insert into
 * %s}, {@code SnapshotStore.table}) and attached as its partition when the snapshot is closed (ADR 0019): the
 * pattern counts such an insert as a writer too, in any class. A recorded snapshot's rows are written by one statement
 * that {@code SnapshotStore.writeAs} begins ({@code create table … as} on PostgreSQL, ADR 0021): only
 * {@code EvidenceSnapshots} may call it.
 */
class EvidenceWritersTest {

    private static final Path JAVA = Path.of("src/main/java/org/onedoor");
    private static final Pattern INSERTS =
            Pattern.compile("insert\\s+into\\s+(contract_evidence_(?:intervention|contact)\\b|%s)");
    private static final Pattern WRITES_AS = Pattern.compile("(\\w+)\\.writeas\\(");
    private static final Pattern CHANGES = Pattern.compile(
            "(?:update|delete\\s+from|truncate(?:\\s+table)?|alter\\s+table)\\s+(contract_evidence_[a-z_]+)\\b");

    @Test
    void onlyTheTwoSnapshotWritersInsertEvidenceRows() {
        Map<String, Set<String>> writers = matches(INSERTS);
        assertThat(writers)
                .as("classes that insert evidence rows (ADR 0017)")
                .isEqualTo(Map.of(
                        "EvidenceSnapshots.java",
                        Set.of("contract_evidence_contact"),
                        "ImportedEvidence.java",
                        Set.of("%s"),
                        "NdtmsActivityFile.java",
                        Set.of("%s")));
    }

    @Test
    void onlyRecordedSnapshotsWriteTheirRowsAsOneSelect() {
        assertThat(matches(WRITES_AS))
                .as("classes that begin a statement writing a snapshot's rows (ADR 0021)")
                .isEqualTo(
                        Map.of("EvidenceSnapshots.java", Set.of("store"), "SnapshotStore.java", Set.of("partitions")));
    }

    @Test
    void nothingUpdatesOrDeletesEvidenceButTheHeadersRowCount() {
        assertThat(matches(CHANGES))
                .as("classes that change evidence after it is written (ADR 0017)")
                .isEqualTo(Map.of("SnapshotStore.java", Set.of("contract_evidence_snapshot")));
    }

    private static Map<String, Set<String>> matches(Pattern pattern) {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(
                        Files.readString(file).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                while (matcher.find()) {
                    found.computeIfAbsent(file.getFileName().toString(), k -> new TreeSet<>())
                            .add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
