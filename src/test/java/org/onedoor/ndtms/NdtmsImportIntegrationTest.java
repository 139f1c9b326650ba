package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NdtmsImportIntegrationTest {

    private static final String HEADER =
            "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,REFLD,TRIAGED,DRUG1,MODID,MODAL,REFMODDT,"
                    + "FAOMODDT,MODST,MODEND,MODEXIT,DISD,DISRSN\n";
    private static final ImportedBy BY = new ImportedBy("import test");

    @Autowired
    NdtmsImport imports;

    @Autowired
    JdbcClient jdbc;

    /** A unique agency code per test, so tests never see each other's rows. */
    private final String agency =
            "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private ImportResult load(String name, String body, String... alsoRequired) {
        return imports.load(
                name,
                new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)),
                BY,
                Set.of(alsoRequired));
    }

    private String row(String client, String episode, String discharge) {
        return String.join(
                        ",",
                        agency,
                        client,
                        "j",
                        "s",
                        "29/02/1980",
                        "2",
                        episode,
                        "Y",
                        "01/04/2016",
                        "05/04/2016",
                        "1011",
                        "M1",
                        "94",
                        "05/04/2016",
                        "06/04/2016",
                        "10/04/2016",
                        discharge,
                        discharge.isEmpty() ? "" : "A",
                        discharge,
                        discharge.isEmpty() ? "" : "80")
                + "\n";
    }

    private List<String> inForce() {
        return jdbc.sql("""
                        select client_id, attributor, episode_id, started_on, discharge_reason
                          from report_ndtms_intervention where agency = :agency order by client_id""")
                .param("agency", agency)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getObject(4, java.time.LocalDate.class) + "|" + rs.getString(5))
                .list();
    }

    @Test
    void loadsEveryRowWithItsAttributorAndTypedValues() {
        ImportResult result = load("april.csv", row("C1", "E1", "") + row("C2", "E2", "30/06/2016"));

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.LOADED);
        assertThat(result.rowCount()).isEqualTo(2);
        assertThat(result.agencies()).containsExactly(agency);
        assertThat(result.sha256()).hasSize(64);
        assertThat(inForce())
                .containsExactly("C1|JS19800229" + "2|E1|2016-04-10|null", "C2|JS19800229" + "2|E2|2016-04-10|80");
        assertThat(jdbc.sql("select file_name, dataset, agency, imported_by, row_count, status from ndtms_import"
                                + " where id = :id")
                        .param("id", result.id().value())
                        .query((rs, n) -> List.of(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)))
                        .single())
                .containsExactly("april.csv", "K", agency, "import test", "2", "CURRENT");
    }

    @Test
    void reImportingTheSameFileChangesNothing() {
        String body = row("C1", "E1", "");
        ImportResult first = load("april.csv", body);
        long imports =
                jdbc.sql("select count(*) from ndtms_import").query(Long.class).single();

        ImportResult again = load("april-again.csv", body);

        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.rowCount()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ndtms_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(imports);
        assertThat(inForce()).hasSize(1);
    }

    @Test
    void aLaterFileFromTheAgencyReplacesItsEarlierRowsWhichAreKept() {
        ImportResult april = load("april.csv", row("C1", "E1", "") + row("C2", "E2", ""));

        ImportResult may = load("may.csv", row("C1", "E1", "30/04/2016"));

        assertThat(may.replacedRows()).isEqualTo(2);
        assertThat(inForce()).containsExactly("C1|JS19800229" + "2|E1|2016-04-10|80");
        assertThat(jdbc.sql("select status from ndtms_import where id = :id")
                        .param("id", april.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("REPLACED");
        assertThat(jdbc.sql("select count(*) from ndtms_import_row where import_id = :id and replaced_by = :by")
                        .param("id", april.id().value())
                        .param("by", may.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }

    @Test
    void aFileWithProblemsIsRefusedWholeListingThemAllAndNothingIsWritten() {
        load("april.csv", row("C1", "E1", ""));
        String bad = row("C2", "E2", "").replace("01/04/2016", "31/04/2016")
                + row("C3", "", "").replace(",1011,", ",9999,");

        NdtmsFileRefused refused = catchThrowableOfType(NdtmsFileRefused.class, () -> load("bad.csv", bad));

        assertThat(refused.ndtmsProblems())
                .extracting(NdtmsProblem::code, NdtmsProblem::line, NdtmsProblem::field)
                .containsExactly(
                        tuple("NOT_A_DATE", 2, "REFLD"),
                        tuple("UNKNOWN_CODE", 3, "DRUG1"),
                        tuple("MISSING_VALUE", 3, "EPISODID"));
        assertThat(inForce()).containsExactly("C1|JS19800229" + "2|E1|2016-04-10|null");
    }

    @Test
    void aFileMissingAColumnTheCallerNeedsIsRefusedNamingIt() {
        NdtmsFileRefused refused =
                catchThrowableOfType(NdtmsFileRefused.class, () -> load("a.csv", row("C1", "E1", ""), "GPPTCE"));

        assertThat(refused.ndtmsProblems())
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(tuple("MISSING_COLUMN", "GPPTCE"));
        assertThat(refused.getMessage()).contains("GPPTCE");
        assertThat(inForce()).isEmpty();
    }
}
