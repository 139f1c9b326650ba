package org.onedoor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onedoor.client.ClientRegistry;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicators beside PHOF (issue 17 item 2) on five people treated at provider A in 2017: waits of 10, 5 and 30
 * days to an offer and 30, 10 and 35 to a start (and two of none), a death, an unplanned exit, two completions one of
 * which came back two months later, and someone in treatment since 2016.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TreatmentIndicatorsIntegrationTest {

    @Autowired
    Indicators indicators;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    PrescribingImport prescribing;

    @Autowired
    CurrentUsers currentUsers;

    Journeys journeys;

    @BeforeAll
    void recordJourneys() {
        journeys = new Journeys(directory, registry, treatment, prescribing, currentUsers);
        var a = journeys.providerA;
        journeys.adult()
                .waited(a, List.of("ALCOHOL"), "2017-01-01", "2017-01-11", "2017-01-31", "2017-06-01", "81")
                .record();
        journeys.adult()
                .waited(a, List.of("HEROIN"), "2017-02-01", "2017-02-06", "2017-02-11", "2017-05-01", "89")
                .record();
        journeys.adult()
                .waited(a, List.of("CANNABIS"), "2017-03-01", "2017-03-31", "2017-04-05", "2017-08-01", "85")
                .record();
        journeys.adult().episode(a, List.of("HEROIN"), "2016-06-01", null, null).record();
        journeys.adult()
                .episode(a, List.of("ALCOHOL"), "2017-02-01", "2017-03-01", "81")
                .episode(a, List.of("ALCOHOL"), "2017-05-01", null, null)
                .record();
    }

    @Test
    void numbersInTreatmentCountEachPersonOnceInTheGroupOfTheirLatestEpisode() {
        assertThat(values("IN_TREATMENT_12M")).containsExactly("2", "1", "0", "2", "5");
    }

    @Test
    void newPresentationsAreEpisodesWhoseFirstInterventionStartedInTheWindow() {
        assertThat(values("NEW_PRESENTATIONS")).containsExactly("1", "1", "0", "3", "5");
    }

    @Test
    void waitsRunFromTheReferralReceivedToTheFirstOfferAndToTheStart() {
        assertThat(all("WAIT_OFFER_MEDIAN").value()).hasToString("5.0");
        assertThat(all("WAIT_OFFER_MEDIAN").numerator()).isEqualTo(5);
        assertThat(all("WAIT_OFFER_OVER_3_WEEKS").value()).hasToString("20.0");
        assertThat(all("WAIT_START_MEDIAN").value()).hasToString("10.0");
        assertThat(all("WAIT_START_OVER_3_WEEKS").value()).hasToString("40.0");
        assertThat(all("WAIT_START_OVER_3_WEEKS").denominator()).isEqualTo(5);
    }

    @Test
    void deathsUnplannedExitsCompletionsAndReturns() {
        assertThat(all("DEATHS").value()).hasToString("1");
        assertThat(values("DEATHS")).containsExactly("1", "0", "0", "0", "1");
        assertThat(all("UNPLANNED_EXITS").value()).hasToString("25.0");
        assertThat(all("COMPLETIONS").value()).hasToString("40.0");
        assertThat(all("RE_PRESENTATIONS").value()).hasToString("50.0");
        assertThat(all("RE_PRESENTATIONS").lower95()).isNotNull();
    }

    @Test
    void monthlyGivesOneWindowEndingInEachMonth() {
        List<IndicatorRow> rows =
                compute("IN_TREATMENT_MONTH", YearMonth.of(2017, 1), YearMonth.of(2017, 3), true).stream()
                        .filter(row -> row.group().equals("All"))
                        .toList();
        assertThat(rows)
                .extracting(IndicatorRow::period)
                .containsExactly("2017-01..2017-01", "2017-02..2017-02", "2017-03..2017-03");
        assertThat(rows).extracting(row -> row.value().toString()).containsExactly("2", "4", "4");
        assertThat(compute("C19c", YearMonth.of(2017, 11), YearMonth.of(2017, 12), true))
                .extracting(IndicatorRow::period)
                .containsExactly("2016-12..2017-11", "2017-01..2017-12");
    }

    private List<String> values(String id) {
        return compute(id, YearMonth.of(2017, 1), YearMonth.of(2017, 12), false).stream()
                .map(row -> String.valueOf(row.value()))
                .toList();
    }

    private IndicatorRow all(String id) {
        return compute(id, YearMonth.of(2017, 1), YearMonth.of(2017, 12), false).stream()
                .filter(row -> row.group().equals("All"))
                .findFirst()
                .orElseThrow();
    }

    private List<IndicatorRow> compute(String id, YearMonth from, YearMonth to, boolean monthly) {
        return indicators.compute(new IndicatorRequest(
                List.of(id),
                IndicatorScope.provider(journeys.providerA),
                from,
                to,
                LocalDate.of(2018, 12, 31),
                monthly));
    }
}
