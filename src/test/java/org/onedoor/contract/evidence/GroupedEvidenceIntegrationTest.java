package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A national month end reads the evidence of every contract in one pass grouped by contract
 * ({@link EvidenceReader#readEach}); each contract's evidence must be exactly what its own run reads.
 */
@IntegrationTest
class GroupedEvidenceIntegrationTest {

    private static final YearMonth APRIL_2016 = YearMonth.of(2016, 4);
    private static final YearMonth MARCH_2017 = YearMonth.of(2017, 3);

    @Autowired
    NdtmsActivityFile loader;

    @Autowired
    EvidenceKeys keys;

    @Autowired
    EvidenceReader reader;

    @Test
    void eachContractOfAGroupedReadGetsExactlyWhatItsOwnRunReads() {
        ActivityFiles.File file = new ActivityFiles(loader, keys)
                .file()
                // a client in two agencies: counted by each contract, once
                .row("both", "E1", "N0001", "B81001", "COMMUNITY", "01/03/2016", "01/03/2016", "", "", "")
                .row("both", "E1", "N0002", "B81001", "COMMUNITY", "01/03/2016", "10/05/2016", "30/06/2016", "", "")
                // two overlapping interventions of one client in one agency: one client-month each month
                .row("twice", "E2", "N0001", "B81001", "COMMUNITY", "01/04/2016", "01/04/2016", "31/10/2016", "", "")
                .row("twice", "E2", "N0001", "B81001", "COMMUNITY", "01/04/2016", "01/06/2016", "31/12/2016", "", "")
                // completions; the N0001 one returns at N0003 within its window (a return anywhere)
                .row(
                        "back",
                        "E3",
                        "N0001",
                        "B81001",
                        "COMMUNITY",
                        "01/03/2016",
                        "01/03/2016",
                        "31/07/2016",
                        "31/07/2016",
                        "80")
                .row("back", "E4", "N0003", "B81001", "COMMUNITY", "01/11/2016", "01/11/2016", "", "", "")
                .row(
                        "kept",
                        "E5",
                        "N0002",
                        "B81001",
                        "COMMUNITY",
                        "01/03/2016",
                        "01/03/2016",
                        "15/05/2016",
                        "15/05/2016",
                        "81")
                .row(
                        "late",
                        "E6",
                        "N0003",
                        "B81001",
                        "COMMUNITY",
                        "01/03/2016",
                        "01/03/2016",
                        "10/02/2017",
                        "10/02/2017",
                        "80")
                .row(
                        "other",
                        "E7",
                        "N0003",
                        "B81001",
                        "COMMUNITY",
                        "01/03/2016",
                        "01/03/2016",
                        "10/09/2016",
                        "10/09/2016",
                        "85")
                // an agency no contract reads
                .row("none", "E8", "N0009", "B81001", "COMMUNITY", "01/03/2016", "01/03/2016", "", "", "");
        UUID snapshot = file.load(LocalDate.of(2017, 3, 31)).id();
        List<Set<String>> contracts =
                List.of(Set.of("N0001"), Set.of("N0002", "N0003"), Set.of("N0003"), Set.of("N0008"));
        EvidenceOptions options = EvidenceOptions.defaults();

        List<ActivityEvidence> grouped = reader.readEach(snapshot, APRIL_2016, MARCH_2017, options, contracts);

        assertThat(grouped).hasSize(4);
        for (int n = 0; n < contracts.size(); n++) {
            assertThat(grouped.get(n))
                    .as("contract %d", n)
                    .isEqualTo(reader.read(snapshot, APRIL_2016, MARCH_2017, options.atAgencies(contracts.get(n))));
        }
        assertThat(grouped.get(0).clientMonths().get(0).clients()).isEqualTo(3);
        assertThat(grouped.get(0).outcomes()).extracting(OutcomeEvent::stage).containsExactly(OutcomeStage.COMPLETION);
        assertThat(grouped.get(1).clientMonths().get(1)).isEqualTo(new ClientMonths(YearMonth.of(2016, 5), 4));
        assertThat(grouped.get(1).outcomes())
                .extracting(OutcomeEvent::stage)
                .containsExactly(OutcomeStage.COMPLETION, OutcomeStage.SUSTAINED_EXIT, OutcomeStage.COMPLETION);
        assertThat(grouped.get(3).clientMonths()).allMatch(m -> m.clients() == 0);
        assertThat(grouped.get(3).outcomes()).isEmpty();
    }
}
