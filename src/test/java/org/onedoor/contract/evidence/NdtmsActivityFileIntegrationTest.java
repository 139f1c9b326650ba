package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NdtmsActivityFileIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2017, 3, 31);

    @Autowired
    NdtmsActivityFile files;

    @Autowired
    EvidenceReader reader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceKeys keys;

    @Test
    void loadsQuotedFieldsBothDateFormsAndColumnsInAnyOrderIntoOneSnapshot() {
        String id = UUID.randomUUID().toString();
        EvidenceSnapshot snapshot = load("nel.csv", """
                MODST,"EPISODID",CLIENTID,TRIAGED,MODEND,DISD,DISRSN,MODSET,AGNCY,GPPTCE,TOPID\r
                01/04/2016,"EP,1","%1$s",01/04/2016,,,,"PRIMARY ""GP"" CARE",N0852,B81001,"a
                two-line note"\r
                2016-04-02,EP2,%1$s-b,2016-04-02,2016-05-31,2016-05-31,80,COMMUNITY,N0852,,\r
                """.formatted(id));

        assertThat(snapshot.source()).isEqualTo(EvidenceSource.IMPORTED_FILE);
        assertThat(snapshot.rowCount()).isEqualTo(2);
        assertThat(snapshot.asOf()).isEqualTo(AS_OF);
        assertThat(jdbc.sql("""
                select client_key, episode_key, setting_code, practice_code, line_no, started_on
                  from contract_evidence_intervention where snapshot_id = :id order by line_no
                """)
                        .param("id", snapshot.id())
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                                + rs.getString(4) + "|" + rs.getInt(5) + "|" + rs.getString(6))
                        .list())
                .containsExactly(
                        keys.clientKey(id) + "|" + keys.episodeKey("N0852/EP,1")
                                + "|PRIMARY \"GP\" CARE|B81001|2|2016-04-01",
                        keys.clientKey(id + "-b") + "|" + keys.episodeKey("N0852/EP2")
                                + "|COMMUNITY|null|4|2016-04-02");
        assertThat(reader.read(snapshot.id(), YearMonth.of(2016, 4), YearMonth.of(2016, 6), EvidenceOptions.defaults())
                        .clientMonths())
                .extracting(ClientMonths::clients)
                .containsExactly(2, 2, 1);
    }

    @Test
    void keysTheClientByTheAttributorWhenTheFileHasIt() {
        EvidenceSnapshot snapshot = load("attributor.csv", """
                CLIENT,FINITIAL,SINITIAL,DOB,SEX,EPISODID,TRIAGED,MODST,MODEND,DISD,DISRSN
                A1,j,s,14/06/1979,1,E1,01/04/2016,01/04/2016,,,
                B7,J,S,1979-06-14,1,E2,01/04/2016,01/04/2016,,,
                """);

        assertThat(jdbc.sql("select distinct client_key from contract_evidence_intervention where snapshot_id = :id")
                        .param("id", snapshot.id())
                        .query(String.class)
                        .list())
                .containsExactly(keys.clientKey("J|S|1979-06-14|1"));
    }

    @Test
    void refusesAFileWithBadRowsNamingFileLineAndFieldAndSavesNothing() {
        long before = snapshots();
        StringBuilder file = new StringBuilder("CLIENTID,EPISODID,TRIAGED,MODST,MODEND,DISD,DISRSN\n");
        for (int i = 0; i < NdtmsActivityFile.BATCH + 10; i++) {
            file.append("C").append(i).append(",E").append(i).append(",01/04/2016,01/04/2016,,,\n");
        }
        file.append("""
                X1,E1,31/02/2016,,,,
                X2,E2,01/04/2016,10/04/2016,09/04/2016,,
                X3,E3,01/04/2016,01/04/2016,01/05/2016,01/05/2016,99
                X4,E4,01/04/2016,,,01/05/2016,
                ,E5,01/04/2016,,,,
                X6,E6,01/04/2016,01/04/2017,,,
                """);

        ActivityFileRejected rejected =
                catchThrowableOfType(ActivityFileRejected.class, () -> load("april.csv", file.toString()));

        int first = NdtmsActivityFile.BATCH + 12;
        assertThat(rejected.problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple(
                                "TRIAGED",
                                "april.csv line " + first
                                        + ", TRIAGED: '31/02/2016' is not a date: write dd/MM/yyyy (or yyyy-MM-dd)"),
                        tuple(
                                "MODEND",
                                "april.csv line " + (first + 1)
                                        + ", MODEND: the intervention ends (2016-04-09) before it starts (2016-04-10)"),
                        tuple(
                                "DISRSN",
                                "april.csv line " + (first + 2) + ", DISRSN: '99' is not a code of the DISRSN list"),
                        tuple(
                                "DISRSN",
                                "april.csv line " + (first + 3)
                                        + ", DISRSN: a discharge needs both its date (DISD) and reason (DISRSN)"),
                        tuple("CLIENTID", "april.csv line " + (first + 4) + ", CLIENTID: a value is required"),
                        tuple(
                                "MODST",
                                "april.csv line " + (first + 5)
                                        + ", MODST: 01/04/2017 is after the evidence's as-of day 2017-03-31"));
        assertThat(rejected.getMessage()).isEqualTo("The activity file april.csv has 6 problems");
        assertThat(snapshots()).isEqualTo(before);
        assertThat(jdbc.sql("""
                select count(*) from contract_evidence_intervention i
                 where not exists (select 1 from contract_evidence_snapshot s where s.id = i.snapshot_id)
                """).query(Long.class).single()).isZero();
    }

    @Test
    void refusesAFileWithoutARequiredColumnOrWithAnUnclosedQuote() {
        ActivityFileRejected missing = catchThrowableOfType(ActivityFileRejected.class, () -> load("cols.csv", """
                EPISODID,TRIAGED,MODST,MODEND,DISD
                E1,01/04/2016,01/04/2016,,
                """));
        assertThat(missing.problems())
                .extracting(FieldProblem::message)
                .containsExactly(
                        "cols.csv line 1, CLIENTID: no client identifier: give a CLIENTID (or CLIENT) column, or the "
                                + "attributor columns FINITIAL, SINITIAL, DOB and SEX",
                        "cols.csv line 1, DISRSN: The required column DISRSN is missing from the header");

        ActivityFileRejected quote = catchThrowableOfType(ActivityFileRejected.class, () -> load("quote.csv", """
                CLIENTID,EPISODID,TRIAGED,MODST,MODEND,DISD,DISRSN
                C1,E1,01/04/2016,01/04/2016,,,
                "C2,E2,01/04/2016,01/04/2016,,,
                """));
        assertThat(quote.getMessage()).isEqualTo("quote.csv line 3: Not valid CSV: a quoted field is never closed");

        ActivityFileRejected empty = catchThrowableOfType(ActivityFileRejected.class, () -> load("empty.csv", ""));
        assertThat(empty.getMessage())
                .isEqualTo("empty.csv line 1: The file is empty: it needs a header row of NDTMS field codes");
    }

    private EvidenceSnapshot load(String name, String content) {
        return files.load(name, new StringReader(content), AS_OF, "NEL activity to March 2017");
    }

    private long snapshots() {
        return jdbc.sql("select count(*) from contract_evidence_snapshot")
                .query(Long.class)
                .single();
    }
}
