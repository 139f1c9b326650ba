package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractPartnership.episode;
import static org.onedoor.ndtms.extract.ExtractPartnership.intervention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ConsentDecision;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly extract of a small hand-built partnership, compared byte for byte with
 * {@code src/test/resources/ndtms/<case>/expected.csv} after the generated codes and ids are named ({@code {AGNCY}},
 * {@code {ANN}}, {@code {ID1}} in order of appearance). {@code -Dgolden.update=true} rewrites the file.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdtmsExtractIntegrationTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2016, 11);
    private static final Pattern UUIDS =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    NdtmsExtracts extracts;

    @Autowired
    Directory directory;

    @Autowired
    ClientImport clientImport;

    @Autowired
    TreatmentImport treatmentImport;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    private ExtractPartnership p;
    private final Map<UUID, String> names = new LinkedHashMap<>();

    @BeforeAll
    void buildThePartnership() {
        p = new ExtractPartnership(directory, clientImport, treatmentImport, currentUsers);
        UUID ann = named("ANN", p.client("Ann", "O'Brien", "1980-02-03", Sex.FEMALE, ConsentDecision.GIVEN));
        p.treat(
                ann,
                episode(
                        p.lead,
                        "2016-05-01",
                        "2016-05-03",
                        "2016-05-10",
                        List.of("HEROIN", "CRACK"),
                        null,
                        null,
                        intervention(
                                "PHARMACOLOGICAL", p.lead, "2016-05-03", "2016-05-05", "2016-05-10", "2016-10-01", "A"),
                        intervention("PSYCHOSOCIAL", p.lead, "2016-06-01", null, "2016-06-08", null, null)));
        UUID bob = named("BOB", p.client("Bob", "Smith-Jones", "1975-07-08", Sex.MALE, ConsentDecision.REFUSED));
        p.treat(
                bob,
                episode(
                        p.lead,
                        "2016-07-01",
                        "2016-07-01",
                        "2016-07-04",
                        List.of("ALCOHOL"),
                        null,
                        null,
                        intervention("PSYCHOSOCIAL", p.lead, "2016-07-01", null, "2016-07-04", null, null)));
        UUID cat = named("CAT", p.client("Élodie", "d'Arcy", "1990-01-01", Sex.FEMALE, null));
        p.treat(cat, episode(p.lead, "2016-08-01", "2016-08-02", null, List.of("CANNABIS"), null, null));
        UUID dan = named("DAN", p.client("Dan", "Young", "2000-06-01", Sex.MALE, ConsentDecision.GIVEN));
        p.treat(dan, episode(p.lead, "2016-09-01", "2016-09-01", null, List.of("CANNABIS"), null, null));
        UUID eve = named("EVE", p.client("Eve", "Ng", "1985-12-31", Sex.FEMALE, ConsentDecision.GIVEN));
        p.treat(
                eve,
                episode(
                        p.lead,
                        "2016-10-03",
                        "2016-10-05",
                        "2016-10-12",
                        List.of("ALCOHOL", "KETAMINE"),
                        "2016-12-15",
                        "81",
                        intervention(
                                "PSYCHOSOCIAL",
                                p.partner,
                                "2016-10-05",
                                "2016-10-10",
                                "2016-10-12",
                                "2016-12-10",
                                "A")));
        UUID fay = named("FAY", p.client("Fay", "Old", "1970-03-03", Sex.FEMALE, ConsentDecision.GIVEN));
        p.treat(
                fay,
                episode(
                        p.lead,
                        "2015-10-01",
                        "2015-10-01",
                        "2015-10-05",
                        List.of("ALCOHOL"),
                        "2016-03-20",
                        "81",
                        intervention("PSYCHOSOCIAL", p.lead, "2015-10-01", null, "2015-10-05", "2016-03-20", "A")));
        UUID gus = named("GUS", p.client("Gus", "Elsewhere", "1970-03-03", Sex.MALE, ConsentDecision.GIVEN));
        p.treat(gus, episode(p.partner, "2016-05-01", "2016-05-01", null, List.of("ALCOHOL"), null, null));
    }

    @Test
    void writesTheCumulativeExtractOfTheYearToTheMonthEndInTheDatasetKLayout() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractHistoryEntry entry = currentUsers.actingAs(p.dataOfficer, () -> extracts.write(p.lead, NOVEMBER, out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertGolden("one-provider-november", named(csv));
        assertThat(entry.records()).isEqualTo(4);
        assertThat(entry.withheld()).isEqualTo(2);
        assertThat(jdbc.sql("select agency_code || ' ' || period_month || ' ' || record_count || ' ' || withheld_count"
                                + " || ' ' || problem_count || ' ' || sha256 from ndtms_extract where id = ?")
                        .param(entry.id())
                        .query(String.class)
                        .single())
                .isEqualTo(p.leadCode + " 2016-11-01 4 2 " + entry.problems() + " " + entry.sha256());
        assertThat(entry.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
    }

    @Test
    void reportsEveryProblemOfEveryRecordAndHoldsBackOnlyTheRecordsWithErrors() {
        ExtractReport report = currentUsers.actingAs(p.dataOfficer, () -> extracts.check(p.lead, NOVEMBER));
        assertThat(report.agencyCode()).isEqualTo(p.leadCode);
        assertThat(report.countsByCode())
                .containsExactly(
                        java.util.Map.entry("NDTMS-E004 DOB", 1L),
                        java.util.Map.entry("NDTMS-E007 CONSENT", 1L),
                        java.util.Map.entry("NDTMS-W001 DRUG2", 1L),
                        java.util.Map.entry("NDTMS-W002 RFLS", 5L));
        assertThat(report.records()).isEqualTo(4);
        assertThat(report.withheld()).isEqualTo(2);
        assertThat(report.problems())
                .extracting(problem -> names.get(clientOf(problem.clientReference())) + " " + problem.code())
                .containsExactly(
                        "ANN NDTMS-W002",
                        "ANN NDTMS-W002",
                        "CAT NDTMS-E007",
                        "CAT NDTMS-W002",
                        "DAN NDTMS-E004",
                        "DAN NDTMS-W002",
                        "EVE NDTMS-W001",
                        "EVE NDTMS-W002");
    }

    private void assertGolden(String name, String actual) throws IOException {
        Path expected = Path.of("src/test/resources/ndtms", name, "expected.csv");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /** The generated codes and ids given names, so the golden file stays the same from run to run. */
    private String named(String csv) {
        String text = csv.replace(p.leadCode, "{AGNCY}")
                .replace(p.partnerCode, "{PARTNER}")
                .replace(p.practiceCode, "{PRACTICE}");
        for (Map.Entry<UUID, String> client : names.entrySet()) {
            text = text.replace("\"" + reference(client.getKey()) + "\"", "\"{" + client.getValue() + "}\"");
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher m = UUIDS.matcher(text);
        StringBuilder named = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    named, "{ID" + ids.computeIfAbsent(m.group(), id -> String.valueOf(ids.size() + 1)) + "}");
        }
        m.appendTail(named);
        return named.toString();
    }

    private UUID named(String name, UUID client) {
        names.put(client, name);
        return client;
    }

    private String reference(UUID client) {
        return jdbc.sql("select reference from report_client_identifiers where client_id = ?")
                .param(client)
                .query(String.class)
                .single();
    }

    private UUID clientOf(String reference) {
        return jdbc.sql("select client_id from report_client_identifiers where reference = ?")
                .param(reference)
                .query(UUID.class)
                .single();
    }
}
