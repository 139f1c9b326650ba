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
 * PHOF C19a-c on hand-built journeys at provider A (issue 17 item 3), for the window April 2016 to March 2017. Each
 * person is named by what their journey shows; the counts below list who is in each numerator.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhofCompletionIntegrationTest {

    private static final List<String> HEROIN = List.of("HEROIN");
    private static final List<String> ALCOHOL = List.of("ALCOHOL");

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
        var b = journeys.providerB;
        // C19a, opiate: in the numerator completedOpiate, stoppedOnTheDay, transferThenCompleted, eighteenThatDay.
        journeys.adult().episode(a, HEROIN, "2016-05-01", "2016-11-01", "80").record();
        journeys.adult()
                .episode(a, HEROIN, "2016-05-01", "2016-11-01", "80")
                .prescribed(null)
                .record();
        journeys.adult()
                .episode(a, HEROIN, "2016-05-01", "2016-11-01", "80")
                .prescribed("2016-11-01")
                .record();
        journeys.adult()
                .episode(a, HEROIN, "2016-05-01", "2016-07-01", "83")
                .episode(b, HEROIN, "2016-07-01", "2016-10-01", "80")
                .record();
        journeys.adult()
                .episode(a, HEROIN, "2016-05-01", "2016-07-01", "83")
                .episode(b, HEROIN, "2016-07-01", null, null)
                .record();
        journeys.adult()
                .episode(a, List.of("HEROIN", "ALCOHOL"), "2016-05-01", "2016-09-01", "85")
                .record();
        journeys.adult().episode(a, HEROIN, "2016-05-01", "2016-06-01", "89").record();
        journeys.bornOn(LocalDate.of(1998, 4, 2))
                .episode(a, HEROIN, "2016-05-01", "2016-11-01", "80")
                .record();
        journeys.bornOn(LocalDate.of(1998, 4, 1))
                .episode(a, HEROIN, "2016-05-01", "2016-11-01", "80")
                .record();
        // C19b, non-opiate: an occasional user's completion and cocaine with alcohol complete; one still in treatment.
        journeys.adult()
                .episode(a, List.of("CANNABIS"), "2016-05-01", "2016-10-01", "82")
                .record();
        journeys.adult()
                .episode(a, List.of("COCAINE", "ALCOHOL"), "2016-05-01", "2016-10-01", "80")
                .record();
        journeys.adult()
                .episode(a, List.of("CANNABIS", "ALCOHOL"), "2016-05-01", null, null)
                .record();
        // C19c, alcohol only: completions with returns at 6 months, a day either side, at a month end, elsewhere.
        completedThenReturned("2016-06-15", "2016-12-15");
        completedThenReturned("2016-06-15", "2016-12-14");
        completedThenReturned("2016-06-15", "2016-12-16");
        completedThenReturned("2016-08-31", "2017-02-28");
        completedThenReturned("2016-08-31", "2017-03-01");
        completedThenReturned("2016-08-31", "2017-02-27");
        Journeys.Person leftA = journeys.adult()
                .episode(a, ALCOHOL, "2016-05-01", "2016-08-01", "81")
                .record();
        journeys.bornOn(leftA.born)
                .episode(b, ALCOHOL, "2016-10-01", null, null)
                .record();
        journeys.adult().episode(a, ALCOHOL, "2016-05-01", "2016-09-01", "81").record();
    }

    private void completedThenReturned(String discharged, String returned) {
        journeys.adult()
                .episode(journeys.providerA, ALCOHOL, "2016-04-10", discharged, "81")
                .episode(journeys.providerA, ALCOHOL, returned, null, null)
                .record();
    }

    @Test
    void opiateCompletionsCountTransfersAsOneJourneyAndNotThoseStillOnSubstituteMedication() {
        IndicatorRow c19a = one("C19a", LocalDate.of(2018, 1, 1));
        assertThat(c19a.numerator()).isEqualTo(4);
        assertThat(c19a.denominator()).isEqualTo(8);
        assertThat(c19a.value()).hasToString("50.0");
        assertThat(c19a.lower95()).hasToString("21.5");
        assertThat(c19a.upper95()).hasToString("78.5");
        assertThat(c19a.group()).isEqualTo("Opiate");
        assertThat(c19a.period()).isEqualTo("2016-04..2017-03");
    }

    @Test
    void nonOpiateCountsBothNonOpiateGroupsAndOccasionalUsersWhoCompleted() {
        IndicatorRow c19b = one("C19b", LocalDate.of(2018, 1, 1));
        assertThat(c19b.numerator()).isEqualTo(2);
        assertThat(c19b.denominator()).isEqualTo(3);
    }

    @Test
    void aReturnWithinSixCalendarMonthsEndDayIncludedAtAnyAgencyUndoesTheCompletion() {
        IndicatorRow c19c = one("C19c", LocalDate.of(2018, 1, 1));
        assertThat(c19c.numerator()).isEqualTo(3);
        assertThat(c19c.denominator()).isEqualTo(8);
        assertThat(c19c.value()).hasToString("37.5");
    }

    @Test
    void returnsRecordedAfterTheAsOfDateAreNotYetKnown() {
        IndicatorRow c19c = one("C19c", LocalDate.of(2016, 12, 15));
        assertThat(c19c.numerator()).isEqualTo(5);
        assertThat(c19c.denominator()).isEqualTo(8);
        assertThat(c19c.status()).isEqualTo(IndicatorRow.Status.PROVISIONAL);
    }

    @Test
    void aWindowIsProvisionalUntilSixCalendarMonthsAfterItsEnd() {
        assertThat(one("C19a", LocalDate.of(2017, 9, 29)).status()).isEqualTo(IndicatorRow.Status.PROVISIONAL);
        assertThat(one("C19a", LocalDate.of(2017, 9, 30)).status()).isEqualTo(IndicatorRow.Status.FINAL);
    }

    private IndicatorRow one(String id, LocalDate asOf) {
        List<IndicatorRow> rows = indicators.compute(new IndicatorRequest(
                List.of(id),
                IndicatorScope.provider(journeys.providerA),
                YearMonth.of(2016, 4),
                YearMonth.of(2017, 3),
                asOf,
                false));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
