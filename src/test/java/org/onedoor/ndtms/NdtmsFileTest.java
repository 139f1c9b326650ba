package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NdtmsFileTest {

    private static final NdtmsSchema K = NdtmsSchema.datasetK();

    private static NdtmsFile open(String text, String... required) {
        return NdtmsFile.open("test.csv", new StringReader(text), K, Set.of(required));
    }

    @Test
    void readsColumnsInAnyOrderWithBomCaseSpacesAndExtraColumnsIgnored() {
        NdtmsFile file = open("\uFEFF modst ,NOTAFIELD,\"AGNCY\",DOB,CHILDWTH\r\n"
                + "01/04/2016,whatever,\"N0852\",1980-02-29,2\r\n");

        NdtmsRecord record = file.next();

        assertThat(record).isNotNull();
        assertThat(record.line()).isEqualTo(2);
        assertThat(record.date("MODST")).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(record.date("DOB")).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(record.text("AGNCY")).isEqualTo("N0852");
        assertThat(record.number("CHILDWTH")).isEqualTo(new BigDecimal("2"));
        assertThat(record.values()).doesNotContainKey("NOTAFIELD");
        assertThat(record.problems()).isEmpty();
        assertThat(file.next()).isNull();
        assertThat(file.recordCount()).isEqualTo(1);
    }

    @Test
    void naAndEmptyAreUnknownAndCodesAreUpperCased() {
        NdtmsFile file = open("AGNCY,DISD,DISRSN,CONSENT,MODEXIT\nNA,,NA,y,a\n");

        NdtmsRecord record = file.next();

        assertThat(record.has("AGNCY")).isFalse();
        assertThat(record.date("DISD")).isNull();
        assertThat(record.text("DISRSN")).isNull();
        assertThat(record.text("CONSENT")).isEqualTo("Y");
        assertThat(record.text("MODEXIT")).isEqualTo("A");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void quotedValuesKeepCommasAndDoubledQuotes() {
        NdtmsFile file = open("MODSET,EPISODID\n\"PRIMARY \"\"GP\"\", CARE\",\"E,1\"\n");

        NdtmsRecord record = file.next();

        assertThat(record.text("MODSET")).isEqualTo("PRIMARY \"GP\", CARE");
        assertThat(record.text("EPISODID")).isEqualTo("E,1");
    }

    @Test
    void collectsEveryProblemOfEveryRecordWithCodesLinesAndFields() {
        NdtmsFile file = open("""
                AGNCY,DOB,DISRSN,DRUG1,ALCUNITS,MODST
                N1,31/02/1980,79,1011,lots,2016-13-01
                N1,1/4/1980,80,0000,3.5,01/04/2016
                """);

        List<NdtmsRecord> records = file.records().toList();

        assertThat(records).hasSize(2);
        assertThat(records.get(1).date("MODST")).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(records.get(1).number("ALCUNITS")).isEqualTo(new BigDecimal("3.5"));
        assertThat(file.problems())
                .extracting(NdtmsProblem::code, NdtmsProblem::line, NdtmsProblem::field)
                .containsExactly(
                        tuple("NOT_A_DATE", 2, "DOB"),
                        tuple("UNKNOWN_CODE", 2, "DISRSN"),
                        tuple("NOT_A_NUMBER", 2, "ALCUNITS"),
                        tuple("NOT_A_DATE", 2, "MODST"),
                        tuple("NOT_A_DATE", 3, "DOB"),
                        tuple("UNKNOWN_CODE", 3, "DRUG1"));
        assertThat(file.problems().get(1).message()).isEqualTo("'79' is not a code of the DISRSN list");
        assertThat(file.problemCount()).isEqualTo(6);
    }

    @Test
    void refusesAFileMissingRequiredColumnsNamingThemAll() {
        NdtmsFileRefused refused =
                catchThrowableOfType(NdtmsFileRefused.class, () -> open("AGNCY,MODST\n", "AGNCY", "DOB", "SEX"));

        assertThat(refused.ndtmsProblems())
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactlyInAnyOrder(tuple("MISSING_COLUMN", "DOB"), tuple("MISSING_COLUMN", "SEX"));
        assertThat(refused.problems())
                .extracting(p -> p.message())
                .contains("test.csv line 1, DOB: The required column DOB is missing from the header");
    }

    @Test
    void refusesAnEmptyFileAndADuplicatedColumn() {
        assertThat(catchThrowableOfType(NdtmsFileRefused.class, () -> open("")).ndtmsProblems())
                .extracting(NdtmsProblem::code)
                .containsExactly("EMPTY_FILE");
        assertThat(catchThrowableOfType(NdtmsFileRefused.class, () -> open("AGNCY,agncy\n"))
                        .ndtmsProblems())
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(tuple("DUPLICATE_COLUMN", "AGNCY"));
    }

    @Test
    void hostileValuesAreProblemsNotFailures() {
        String huge = "X".repeat(100_000);
        NdtmsFile file = open("AGNCY,EPISODID,MODSET\n\"" + huge + "\",\"a\u0000b\",\"two\nlines\"\n");

        NdtmsRecord record = file.next();

        assertThat(record.values()).isEmpty();
        assertThat(file.problems())
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(
                        tuple("TOO_LONG", "AGNCY"),
                        tuple("CONTROL_CHARACTER", "EPISODID"),
                        tuple("CONTROL_CHARACTER", "MODSET"));
        assertThat(file.problems().get(0).message()).doesNotContain("XXX");
    }

    @Test
    void aFileThatStopsBeingCsvEndsWithAProblemAtItsLine() {
        NdtmsFile file = open("AGNCY,EPISODID\nN1,E1\nN1,E\"2\nN1,E3\n");

        assertThat(file.records().toList()).hasSize(1);
        assertThat(file.problems())
                .extracting(NdtmsProblem::code, NdtmsProblem::line)
                .containsExactly(tuple("MALFORMED_CSV", 3));
    }

    @Test
    void blankLinesAreSkippedAndShortRowsLeaveTheRestUnknown() {
        NdtmsFile file = open("AGNCY,EPISODID,MODST\n\nN1\n");

        NdtmsRecord record = file.next();

        assertThat(record.line()).isEqualTo(3);
        assertThat(record.text("AGNCY")).isEqualTo("N1");
        assertThat(record.has("EPISODID")).isFalse();
        assertThat(file.next()).isNull();
    }
}
