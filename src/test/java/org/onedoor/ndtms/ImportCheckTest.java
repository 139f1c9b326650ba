package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2017, 1, 31);

    private static ImportCheck.Result check(String text) {
        return ImportCheck.run("c.csv", new StringReader(text), NdtmsSchema.datasetK(), NdtmsImport.REQUIRED, TODAY);
    }

    @Test
    void keepsTheFirstProblemsOfAHostileFileButCountsThemAll() {
        StringBuilder file = new StringBuilder("AGNCY,EPISODID,FINITIAL,SINITIAL,DOB,SEX\n");
        int rows = NdtmsFile.MAX_PROBLEMS / 2 + 10;
        for (int i = 0; i < rows; i++) {
            file.append("N1,E").append(i).append(",A,B,32/01/1980,7\n");
        }

        ImportCheck.Result result = check(file.toString());

        assertThat(result.errors()).isEqualTo(rows * 2);
        assertThat(result.problems()).hasSize(NdtmsFile.MAX_PROBLEMS);
        assertThat(result.refused()).isTrue();
        assertThat(result.rows()).isEqualTo(rows);
    }

    @Test
    void warningsAloneDoNotRefuseAFileAndAHeaderProblemIsItsReport() {
        ImportCheck.Result young =
                check("AGNCY,EPISODID,FINITIAL,SINITIAL,DOB,SEX,REFLD\nN1,E1,A,B,01/05/2000,1,01/04/2016\n");
        assertThat(young.refused()).isFalse();
        assertThat(young.warnings()).isEqualTo(1);
        assertThat(young.agencies()).containsExactly("N1");

        ImportCheck.Result header = check("AGNCY,EPISODID\nN1,E1\n");
        assertThat(header.refused()).isTrue();
        assertThat(header.problems())
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(
                        tuple("MISSING_COLUMN", "FINITIAL"),
                        tuple("MISSING_COLUMN", "SINITIAL"),
                        tuple("MISSING_COLUMN", "DOB"),
                        tuple("MISSING_COLUMN", "SEX"));
    }
}
