package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OutcomeEventsIntegrationTest {

    private static final YearMonth APRIL_2016 = YearMonth.of(2016, 4);
    private static final YearMonth MARCH_2017 = YearMonth.of(2017, 3);

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
    void confirmsSustainedExitsTheDayAfterTheCalendarMonthWindowEndsAsInTheA7DateTable() {
        ActivityFiles.File file = files.file()
                .discharged("aug", "E1", "01/03/2016", "01/03/2016", "31/08/2016", "31/08/2016", "80")
                .discharged("sep", "E2", "01/03/2016", "01/03/2016", "30/09/2016", "30/09/2016", "81")
                .discharged("apr", "E3", "01/03/2016", "01/03/2016", "15/04/2016", "15/04/2016", "80");
        UUID snapshot = file.load(LocalDate.of(2017, 3, 31)).id();

        List<OutcomeEvent> events = reader.read(snapshot, APRIL_2016, MARCH_2017, EvidenceOptions.defaults())
                .outcomes();

        assertThat(events)
                .extracting(
                        OutcomeEvent::stage,
                        OutcomeEvent::clientKey,
                        OutcomeEvent::discharged,
                        OutcomeEvent::evidenceComplete)
                .containsExactly(
                        tuple(OutcomeStage.COMPLETION, file.clientKey("apr"), date("2016-04-15"), date("2016-04-15")),
                        tuple(OutcomeStage.COMPLETION, file.clientKey("aug"), date("2016-08-31"), date("2016-08-31")),
                        tuple(OutcomeStage.COMPLETION, file.clientKey("sep"), date("2016-09-30"), date("2016-09-30")),
                        tuple(
                                OutcomeStage.SUSTAINED_EXIT,
                                file.clientKey("apr"),
                                date("2016-04-15"),
                                date("2016-10-16")),
                        tuple(
                                OutcomeStage.SUSTAINED_EXIT,
                                file.clientKey("aug"),
                                date("2016-08-31"),
                                date("2017-03-01")),
                        tuple(
                                OutcomeStage.SUSTAINED_EXIT,
                                file.clientKey("sep"),
                                date("2016-09-30"),
                                date("2017-03-31")));
        assertThat(events)
                .extracting(OutcomeEvent::episodeKey)
                .contains(keys.episodeKey("N0001/E1"), keys.episodeKey("N0001/E2"), keys.episodeKey("N0001/E3"));
        assertThat(events).extracting(OutcomeEvent::dischargeCode).containsOnly("80", "81");
    }

    @Test
    void confirmsASustainedExitOnlyOnceTheWindowHasEndedByTheSnapshotsAsOfDay() {
        ActivityFiles.File file =
                files.file().discharged("sep", "E1", "01/03/2016", "01/03/2016", "30/09/2016", "30/09/2016", "80");

        assertThat(sustained(file.load(LocalDate.of(2017, 3, 30)).id())).hasSize(1);
        assertThat(sustained(file.load(LocalDate.of(2017, 3, 29)).id())).isEmpty();
    }

    @Test
    void aReturnOnTheLastDayOfTheWindowCancelsTheSustainedExitAndOneTheDayAfterDoesNot() {
        ActivityFiles.File file = files.file()
                .discharged("last-day", "E1", "01/03/2016", "01/03/2016", "31/08/2016", "31/08/2016", "80")
                .intervention("last-day", "E2", "28/02/2017", "28/02/2017", "")
                .discharged("day-after", "E3", "01/03/2016", "01/03/2016", "31/08/2016", "31/08/2016", "80")
                .intervention("day-after", "E4", "01/03/2017", "01/03/2017", "")
                .discharged("same-day", "E5", "01/03/2016", "01/03/2016", "31/08/2016", "31/08/2016", "80")
                .intervention("same-day", "E6", "31/08/2016", "", "")
                .discharged("elsewhere", "E7", "01/03/2016", "01/03/2016", "31/08/2016", "31/08/2016", "80")
                .row("elsewhere", "E8", "N0999", "", "INPATIENT", "10/12/2016", "10/12/2016", "", "", "");
        UUID snapshot = file.load(LocalDate.of(2017, 3, 31)).id();

        List<OutcomeEvent> events = reader.read(
                        snapshot,
                        APRIL_2016,
                        MARCH_2017,
                        EvidenceOptions.defaults().atAgencies(Set.of("N0001")))
                .outcomes();

        assertThat(events).filteredOn(e -> e.stage() == OutcomeStage.COMPLETION).hasSize(4);
        assertThat(events)
                .filteredOn(e -> e.stage() == OutcomeStage.SUSTAINED_EXIT)
                .extracting(OutcomeEvent::clientKey)
                .containsExactly(file.clientKey("day-after"));
    }

    @Test
    void countsOccasionalUseCompletionsOnlyWhenTheContractSwitches82On() {
        ActivityFiles.File file = files.file()
                .discharged("drug-free", "E1", "01/03/2016", "01/03/2016", "01/06/2016", "01/06/2016", "80")
                .discharged("occasional", "E2", "01/03/2016", "01/03/2016", "01/06/2016", "01/06/2016", "82")
                .discharged("dropped-out", "E3", "01/03/2016", "01/03/2016", "01/06/2016", "01/06/2016", "85")
                .discharged("transferred", "E4", "01/03/2016", "01/03/2016", "01/06/2016", "01/06/2016", "83");
        UUID snapshot = file.load(LocalDate.of(2017, 3, 31)).id();

        assertThat(completions(snapshot, EvidenceOptions.defaults())).containsExactly(file.clientKey("drug-free"));
        assertThat(completions(snapshot, EvidenceOptions.defaults().qualifying(Set.of("80", "81", "82"))))
                .containsExactlyInAnyOrder(file.clientKey("drug-free"), file.clientKey("occasional"));
    }

    @Test
    void readsACompletionWithSeveralInterventionsAsOneEventAndHonoursALongerWindow() {
        ActivityFiles.File file = files.file()
                .discharged("two", "E1", "01/03/2016", "01/03/2016", "30/04/2016", "31/05/2016", "81")
                .discharged("two", "E1", "01/03/2016", "01/04/2016", "31/05/2016", "31/05/2016", "81");
        UUID snapshot = file.load(LocalDate.of(2017, 3, 31)).id();

        assertThat(completions(snapshot, EvidenceOptions.defaults())).hasSize(1);
        assertThat(reader.read(
                                snapshot,
                                APRIL_2016,
                                MARCH_2017,
                                EvidenceOptions.defaults().withWindow(9))
                        .outcomes())
                .filteredOn(e -> e.stage() == OutcomeStage.SUSTAINED_EXIT)
                .extracting(OutcomeEvent::evidenceComplete)
                .containsExactly(date("2017-03-01"));
    }

    private List<OutcomeEvent> sustained(UUID snapshot) {
        return reader.read(snapshot, APRIL_2016, MARCH_2017, EvidenceOptions.defaults()).outcomes().stream()
                .filter(e -> e.stage() == OutcomeStage.SUSTAINED_EXIT)
                .toList();
    }

    private List<String> completions(UUID snapshot, EvidenceOptions options) {
        return reader.read(snapshot, APRIL_2016, MARCH_2017, options).outcomes().stream()
                .filter(e -> e.stage() == OutcomeStage.COMPLETION)
                .map(OutcomeEvent::clientKey)
                .toList();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
