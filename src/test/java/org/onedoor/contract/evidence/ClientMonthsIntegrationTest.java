package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ClientMonthsIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2017, 3, 31);

    @Autowired
    NdtmsActivityFile loader;

    @Autowired
    EvidenceKeys keys;

    @Autowired
    EvidenceReader reader;

    ActivityFiles files;

    @BeforeEach
    void files() {
        files = new ActivityFiles(loader, keys);
    }

    @Test
    void countsAnInterventionEndingOnTheFirstInThatMonthAndOneStartingOnTheLastDayInItsMonth() {
        UUID snapshot = files.file()
                .intervention("ends-on-first", "E1", "01/03/2016", "01/03/2016", "01/05/2016")
                .intervention("starts-on-last", "E2", "30/04/2016", "30/04/2016", "")
                .intervention("ends-before", "E3", "01/03/2016", "02/03/2016", "30/04/2016")
                .load(AS_OF)
                .id();

        assertThat(months(snapshot, "2016-03", "2016-06", EvidenceOptions.defaults()))
                .containsExactly(
                        new ClientMonths(YearMonth.of(2016, 3), 2), new ClientMonths(YearMonth.of(2016, 4), 3),
                        new ClientMonths(YearMonth.of(2016, 5), 2), new ClientMonths(YearMonth.of(2016, 6), 1));
    }

    @Test
    void countsAPersonWithTwoInterventionsOnceAndListsEmptyMonthsWithNobody() {
        UUID snapshot = files.file()
                .intervention("twice", "E1", "01/04/2016", "01/04/2016", "30/04/2016")
                .intervention("twice", "E1", "01/04/2016", "10/04/2016", "31/05/2016")
                .intervention("twice", "E2", "01/04/2016", "15/04/2016", "20/04/2016")
                .intervention("triage-only", "E3", "01/04/2016", "", "")
                .intervention("later", "E4", "01/08/2016", "01/08/2016", "31/08/2016")
                .load(AS_OF)
                .id();

        assertThat(months(snapshot, "2016-04", "2016-09", EvidenceOptions.defaults()))
                .extracting(ClientMonths::clients)
                .containsExactly(1, 1, 0, 0, 1, 0);
    }

    @Test
    void countsMonthsOnEitherSideOfAMasksLastMonthOverMoreThanThirtyMonths() {
        UUID snapshot = files.file()
                .intervention("first-month", "E1", "02/01/2014", "02/01/2014", "20/01/2014")
                .intervention("across", "E2", "15/06/2016", "15/06/2016", "10/08/2016")
                .intervention("twice", "E3", "01/07/2016", "01/07/2016", "31/07/2016")
                .intervention("twice", "E3", "01/07/2016", "01/07/2016", "15/08/2016")
                .intervention("open", "E4", "01/02/2017", "01/02/2017", "")
                .load(AS_OF)
                .id();

        // 39 months: January 2014 is month 0, June 2016 month 29 (the first mask's last), July 2016 month 30
        int[] expected = new int[39];
        expected[0] = 1;
        expected[29] = 1;
        expected[30] = 2;
        expected[31] = 2;
        expected[37] = 1;
        expected[38] = 1;
        assertThat(months(snapshot, "2014-01", "2017-03", EvidenceOptions.defaults()))
                .extracting(ClientMonths::clients)
                .containsExactly(Arrays.stream(expected).boxed().toArray(Integer[]::new));
    }

    @Test
    void countsOnTheCensusDayClampedToTheMonthsEnd() {
        UUID snapshot = files.file()
                .intervention("before-census", "E1", "01/04/2016", "01/04/2016", "14/04/2016")
                .intervention("on-census", "E2", "01/04/2016", "10/04/2016", "15/04/2016")
                .intervention("end-of-february", "E3", "01/02/2017", "01/02/2017", "28/02/2017")
                .load(AS_OF)
                .id();

        EvidenceOptions census15 = EvidenceOptions.defaults().counting(CountingRule.CENSUS_DAY, 15);
        EvidenceOptions census31 = EvidenceOptions.defaults().counting(CountingRule.CENSUS_DAY, 31);
        assertThat(months(snapshot, "2016-04", "2016-04", census15))
                .extracting(ClientMonths::clients)
                .containsExactly(1);
        assertThat(months(snapshot, "2016-04", "2016-04", EvidenceOptions.defaults()))
                .extracting(ClientMonths::clients)
                .containsExactly(2);
        assertThat(months(snapshot, "2017-02", "2017-02", census31))
                .extracting(ClientMonths::clients)
                .containsExactly(1);
        assertThat(months(snapshot, "2017-02", "2017-02", census15.counting(CountingRule.CENSUS_DAY, 1)))
                .extracting(ClientMonths::clients)
                .containsExactly(1);
    }

    @Test
    void countsOnlyTheSettingsAgenciesAndPracticesTheContractNames() {
        UUID snapshot = files.file()
                .row("a", "E1", "N0001", "B81001", "PRIMARY_CARE", "01/04/2016", "01/04/2016", "", "", "")
                .row("b", "E2", "N0001", "B81002", "COMMUNITY", "01/04/2016", "01/04/2016", "", "", "")
                .row("c", "E3", "N0002", "B81002", "PRIMARY_CARE", "01/04/2016", "01/04/2016", "", "", "")
                .row("d", "E4", "N0002", "", "PRIMARY_CARE", "01/04/2016", "01/04/2016", "", "", "")
                .load(AS_OF)
                .id();
        EvidenceOptions all = EvidenceOptions.defaults();

        assertThat(count(snapshot, all)).isEqualTo(4);
        assertThat(count(snapshot, all.inSettings(Set.of("PRIMARY_CARE")))).isEqualTo(3);
        assertThat(count(snapshot, all.atAgencies(Set.of("N0001")))).isEqualTo(2);
        assertThat(count(snapshot, all.atPractices(Set.of("B81002")))).isEqualTo(2);
        assertThat(count(snapshot, all.inSettings(Set.of("PRIMARY_CARE")).atAgencies(Set.of("N0002"))))
                .isEqualTo(2);
    }

    @Test
    void countsClientsPerPracticeAndThePracticesThatTookPartInTheYear() {
        UUID snapshot = files.file()
                .row("a", "E1", "N0001", "B81001", "PRIMARY_CARE", "01/04/2016", "01/04/2016", "31/05/2016", "", "")
                .row("b", "E2", "N0001", "B81002", "PRIMARY_CARE", "01/05/2016", "01/05/2016", "", "", "")
                .row("c", "E3", "N0001", "B81002", "PRIMARY_CARE", "01/05/2016", "02/05/2016", "", "", "")
                .row("d", "E4", "N0001", "B81003", "PRIMARY_CARE", "01/03/2016", "01/03/2016", "31/03/2016", "", "")
                .load(AS_OF)
                .id();

        Map<String, List<ClientMonths>> byPractice = reader.clientMonthsByPractice(
                snapshot, YearMonth.of(2016, 4), YearMonth.of(2016, 6), EvidenceOptions.defaults());
        assertThat(byPractice.keySet()).containsExactly("B81001", "B81002");
        assertThat(byPractice.get("B81001")).extracting(ClientMonths::clients).containsExactly(1, 1, 0);
        assertThat(byPractice.get("B81002")).extracting(ClientMonths::clients).containsExactly(0, 2, 2);
        assertThat(reader.participatingPractices(
                        snapshot, YearMonth.of(2016, 4), YearMonth.of(2017, 3), EvidenceOptions.defaults()))
                .isEqualTo(2);
        assertThat(reader.participatingPractices(
                        snapshot, YearMonth.of(2015, 4), YearMonth.of(2016, 3), EvidenceOptions.defaults()))
                .isEqualTo(1);
    }

    @Test
    void anActivityFileCannotBeCountedByAttendedContactBecauseItHoldsNone() {
        UUID snapshot = files.file()
                .intervention("a", "E1", "01/04/2016", "01/04/2016", "")
                .load(AS_OF)
                .id();
        EvidenceOptions attended = EvidenceOptions.defaults().counting(CountingRule.ATTENDED_CONTACT, 1);

        assertThatThrownBy(() -> months(snapshot, "2016-04", "2016-04", attended))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("countingRule: ATTENDED_CONTACT")
                .hasMessageContaining("needs the contacts recorded in OneDoor");
        assertThatThrownBy(() ->
                        reader.clientMonthsByPractice(snapshot, YearMonth.of(2016, 4), YearMonth.of(2016, 4), attended))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(count(snapshot, attended.counting(CountingRule.ANY_DAY_OPEN_INTERVENTION, 1)))
                .isEqualTo(1);
    }

    private List<ClientMonths> months(UUID snapshot, String from, String to, EvidenceOptions options) {
        return reader.read(snapshot, YearMonth.parse(from), YearMonth.parse(to), options)
                .clientMonths();
    }

    private int count(UUID snapshot, EvidenceOptions options) {
        return months(snapshot, "2016-04", "2016-04", options).get(0).clients();
    }
}
