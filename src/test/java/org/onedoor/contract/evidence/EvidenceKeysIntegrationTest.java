package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.cohort.OutcomeMeasureEvents;
import org.onedoor.client.ClientRegistry;
import org.onedoor.contract.runs.RecordedTreatment;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence keys are HMAC-SHA-256 with the configured secret, computed by the database inside the snapshot statement
 * (on H2 and, with -Ppostgres, on PostgreSQL) exactly as javax.crypto.Mac computes it: never a raw id, never an
 * unsalted hash, and different under a different secret.
 */
@IntegrationTest
class EvidenceKeysIntegrationTest {

    private static final String OTHER_SECRET = "a-quite-different-secret-for-another-partnership-0123456789";

    @Autowired
    OutcomeMeasureEvents outcomeMeasures;

    @Autowired
    EvidenceKeys keys;

    @Autowired
    EvidenceSettings settings;

    @Autowired
    EvidenceSnapshots snapshots;

    @Autowired
    SnapshotStore store;

    @Autowired
    JdbcTemplate template;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void theDatabaseComputesTheSameHmacAsJavaxCryptoMacForShortAndLongSecrets() {
        String longSecret = "x".repeat(100) + "é";
        List<String> messages = List.of(
                "client:" + UUID.randomUUID(), "episode:N0852/EP,1", "client:J|S|1979-06-14|1", "episode:Zoë's 💊", "");
        for (String secret : List.of(settings.evidenceKeySecret(), OTHER_SECRET, longSecret)) {
            EvidenceKeys withSecret = new EvidenceKeys(template, new EvidenceSettings(secret));
            for (String message : messages) {
                String inSql = withSecret
                        .bindKeys(jdbc.sql("select " + withSecret.hmacSql(":message")))
                        .param("message", message)
                        .query(String.class)
                        .single();
                assertThat(inSql)
                        .as("%s with a %d-character secret", message, secret.length())
                        .isEqualTo(mac(secret, message))
                        .isEqualTo(withSecret.hmac(message));
            }
        }
    }

    @Test
    void aSnapshotKeysClientsAndEpisodesByKeyedHashNeverByTheirIdsAndNewKeysComeWithANewSecret() {
        RecordedTreatment recorded = new RecordedTreatment(directory, registry, treatment, currentUsers);
        UUID client = recorded.client("2019-04-01", "2019-06-30", "80");
        UUID episode = recorded.episode(client);
        String clientKey = mac(settings.evidenceKeySecret(), "client:" + client).substring(0, EvidenceKeys.LENGTH);
        String episodeKey =
                mac(settings.evidenceKeySecret(), "episode:" + episode).substring(0, EvidenceKeys.LENGTH);

        EvidenceSnapshot snapshot = snapshots.takeFromRecords(LocalDate.of(2019, 7, 31), "Keyed");
        assertThat(keysOf(snapshot, clientKey)).containsExactly(clientKey + "|" + episodeKey);
        assertThat(jdbc.sql("""
                select count(*) from contract_evidence_intervention
                 where snapshot_id = :id and (episode_key = :episode or client_key = :client or client_key = :unsalted)
                """)
                        .param("id", snapshot.id())
                        .param("episode", episode.toString())
                        .param("client", client.toString())
                        .param("unsalted", sha256("client:" + client).substring(0, 16))
                        .query(Long.class)
                        .single())
                .as("no raw id and no unsalted hash")
                .isZero();

        EvidenceKeys otherKeys = new EvidenceKeys(template, new EvidenceSettings(OTHER_SECRET));
        EvidenceSnapshot other = new EvidenceSnapshots(
                        jdbc,
                        store,
                        otherKeys,
                        new MeasureSnapshot(jdbc, template, otherKeys, outcomeMeasures),
                        new ImportedEvidence(jdbc, otherKeys))
                .takeFromRecords(LocalDate.of(2019, 7, 31), "Keyed with another secret");
        String otherClientKey = mac(OTHER_SECRET, "client:" + client).substring(0, EvidenceKeys.LENGTH);
        assertThat(otherClientKey).isNotEqualTo(clientKey);
        assertThat(keysOf(other, otherClientKey))
                .containsExactly(otherClientKey + "|"
                        + mac(OTHER_SECRET, "episode:" + episode).substring(0, EvidenceKeys.LENGTH));
        assertThat(keysOf(other, clientKey)).isEmpty();
    }

    private List<String> keysOf(EvidenceSnapshot snapshot, String clientKey) {
        return jdbc.sql("""
                select distinct client_key || '|' || episode_key from contract_evidence_intervention
                 where snapshot_id = :id and client_key = :key
                """)
                .param("id", snapshot.id())
                .param("key", clientKey)
                .query(String.class)
                .list();
    }

    private static String mac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
