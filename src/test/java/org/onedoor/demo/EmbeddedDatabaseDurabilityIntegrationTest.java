package org.onedoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo's embedded H2 keeps what it acknowledged when its process is killed (SIGKILL, as kill -9): a child JVM
 * opens a file database with the demo profile's own JDBC URL and commits references from a sequence, printing each
 * after its commit; the test kills it mid-stream, opens the files again and finds every acknowledged reference, and
 * the sequence carries on above them (no reference is issued twice). No Spring: the database and the URL are real.
 */
class EmbeddedDatabaseDurabilityIntegrationTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @TempDir
    Path directory;

    @Test
    void keepsEveryCommittedReferenceWhenKilledAndNeverIssuesOneTwice() throws Exception {
        String url =
                demoUrl().replace("./data/onedoor", directory.resolve("onedoor").toString());
        List<String> acknowledged = runProbeAndKillIt(url);

        Set<String> stored = new HashSet<>();
        long next;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select reference from probe_referral")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            try (ResultSet row = statement.executeQuery("select nextval('probe_reference_seq')")) {
                row.next();
                next = row.getLong(1);
            }
        }
        assertThat(stored).as("references acknowledged before kill -9").containsAll(acknowledged);
        long highest = acknowledged.stream()
                .mapToLong(reference -> Long.parseLong(reference.substring(1)))
                .max()
                .orElseThrow();
        assertThat(next).as("the next reference after a restart").isGreaterThan(highest);
    }

    private static List<String> runProbeAndKillIt(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), DurabilityProbe.class.getName(), url)
                .redirectErrorStream(true)
                .start();
        List<String> acknowledged = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = lines.readLine()) != null) {
                (line.startsWith("ack ") ? acknowledged : other).add(line.substring(line.startsWith("ack ") ? 4 : 0));
            }
            probe.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the database
            probe.waitFor();
        }
        assertThat(acknowledged)
                .as("acknowledged by the probe, which also said %s", other)
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        return acknowledged;
    }

    @SuppressWarnings("unchecked")
    private static String demoUrl() throws Exception {
        try (InputStream yaml =
                EmbeddedDatabaseDurabilityIntegrationTest.class.getResourceAsStream("/application-demo.yaml")) {
            Map<String, Object> settings = new Yaml().load(yaml);
            Map<String, Object> datasource =
                    (Map<String, Object>) ((Map<String, Object>) settings.get("spring")).get("datasource");
            return (String) datasource.get("url");
        }
    }
}
