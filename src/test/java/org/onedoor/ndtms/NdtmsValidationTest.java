package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NdtmsValidationTest {

    private static final NdtmsSchema K = NdtmsSchema.datasetK();
    private static final String HEADER = "AGNCY,EPISODID,DOB,SEX,CONSENT,REFLD,TRIAGED,DRUG1,DRUG2,DRUG3,"
            + "REFMODDT,FAOMODDT,MODST,MODEND,MODEXIT,DISD,DISRSN\n";
    private static final String GOOD =
            "N1,E1,01/01/1980,1,Y,01/04/2016,02/04/2016,1011,5000,,03/04/2016,04/04/2016,05/04/2016,"
                    + "30/06/2016,A,30/06/2016,80";
    private final NdtmsValidation validation = new NdtmsValidation(K, LocalDate.of(2017, 1, 31));

    private List<NdtmsProblem> check(String header, String row) {
        NdtmsFile file = NdtmsFile.open("v.csv", new StringReader(header + row + "\n"), K, Set.of());
        return validation.check(file.next(), file::hasColumn);
    }

    private List<NdtmsProblem> check(String row) {
        return check(HEADER, row);
    }

    @Test
    void aGoodRecordHasNoProblem() {
        assertThat(check(GOOD)).isEmpty();
    }

    @Test
    void everyProblemOfARecordIsReportedAtOnceWithItsField() {
        List<NdtmsProblem> problems =
                check("N1,E1,01/01/1900,,,01/04/2016,31/03/2016,1011,1011,1011,05/04/2016,04/04/2016,03/04/2016,"
                        + "02/04/2016,,01/04/2016,");

        assertThat(problems)
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactlyInAnyOrder(
                        tuple("MISSING_VALUE", "SEX"),
                        tuple("MISSING_VALUE", "CONSENT"),
                        tuple("BORN_BEFORE_1903", "DOB"),
                        tuple("TRIAGED_BEFORE_REFERRAL", "TRIAGED"),
                        tuple("STARTED_BEFORE_REFERRAL", "MODST"),
                        tuple("OFFERED_BEFORE_REFERRAL", "FAOMODDT"),
                        tuple("ENDED_BEFORE_START", "MODEND"),
                        tuple("DISCHARGED_BEFORE_END", "DISD"),
                        tuple("END_WITHOUT_EXIT", "MODEXIT"),
                        tuple("DISCHARGE_WITHOUT_REASON", "DISRSN"),
                        tuple("REPEATED_DRUG", "DRUG2"),
                        tuple("REPEATED_DRUG", "DRUG3"));
        assertThat(problems).allMatch(p -> p.line() == 2);
    }

    @Test
    void theAdultSetWarnsOfAnUnder18AndRefusesABirthAfterReferral() {
        assertThat(check(GOOD.replace("01/01/1980", "02/04/1998")))
                .extracting(NdtmsProblem::code, p -> p.rule().warning())
                .containsExactly(tuple("UNDER_18", true));
        assertThat(check(GOOD.replace("01/01/1980", "01/04/1998"))).isEmpty();
        assertThat(check(GOOD.replace("01/01/1980", "02/04/2016")))
                .extracting(NdtmsProblem::code)
                .containsExactly("BORN_AFTER_REFERRAL");
    }

    @Test
    void anExitWithoutItsEndAndAReasonWithoutItsDateAreProblems() {
        assertThat(check(GOOD.replace("30/06/2016,A,30/06/2016,80", ",A,,80")))
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(tuple("EXIT_WITHOUT_END", "MODEND"), tuple("REASON_WITHOUT_DISCHARGE", "DISD"));
    }

    @Test
    void noDateMayBeAfterToday() {
        assertThat(check(GOOD.replace("30/06/2016,A,30/06/2016", "01/02/2017,A,01/02/2017")))
                .extracting(NdtmsProblem::code, NdtmsProblem::field, NdtmsProblem::message)
                .containsExactlyInAnyOrder(
                        tuple("FUTURE_DATE", "MODEND", "The date 01/02/2017 is after today (31/01/2017)"),
                        tuple("FUTURE_DATE", "DISD", "The date 01/02/2017 is after today (31/01/2017)"));
    }

    @Test
    void columnsNotInTheFileAreNotRequiredButTheAttributorAlwaysIs() {
        assertThat(check("AGNCY,EPISODID,DOB,SEX\n", "N1,E1,,"))
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(tuple("MISSING_VALUE", "DOB"), tuple("MISSING_VALUE", "SEX"));
    }

    @Test
    void aClientWhoRefusedConsentNeedsOnlyTheAgency() {
        assertThat(check("NA,NA,NA,NA,N,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA"))
                .extracting(NdtmsProblem::code, NdtmsProblem::field)
                .containsExactly(tuple("MISSING_VALUE", "AGNCY"));
        assertThat(check("N1,NA,NA,NA,N,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA")).isEmpty();
    }

    @Test
    void aValueTheReaderRefusedIsNotReportedAgainAsMissing() {
        assertThat(check(GOOD.replace(",1,Y,", ",7,Y,"))).isEmpty();
    }

    @Test
    void checksARecordBuiltByTheCallerAsAnExtractWouldBeforeWritingIt() {
        java.util.Map<String, Object> row = new java.util.HashMap<>();
        row.put("AGNCY", "N1");
        row.put("EPISODID", "E1");
        row.put("DOB", LocalDate.of(1980, 1, 1));
        row.put("SEX", "1");
        row.put("DISD", LocalDate.of(2016, 6, 30));
        row.put("DISRSN", " ");

        assertThat(validation.check(NdtmsRecord.of(7, row), field -> true))
                .extracting(NdtmsProblem::code, NdtmsProblem::line, NdtmsProblem::field)
                .containsExactlyInAnyOrder(
                        tuple("MISSING_VALUE", 7, "CONSENT"),
                        tuple("MISSING_VALUE", 7, "DRUG1"),
                        tuple("MISSING_VALUE", 7, "REFLD"),
                        tuple("MISSING_VALUE", 7, "TRIAGED"),
                        tuple("DISCHARGE_WITHOUT_REASON", 7, "DISRSN"));
    }
}
