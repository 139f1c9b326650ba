package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The example activity file shipped for the command line, docs/examples/nel-2016-activity.csv, gives through the
 * evidence SQL the figures scripts/generate-nel-activity.py computed on its own when it wrote the file: 3,144
 * client-months in 2016/17 (Example 4's average of 262), 39 qualifying completions and 14 sustained exits.
 */
@IntegrationTest
class ShippedActivityFileIntegrationTest {

    @Autowired
    NdtmsActivityFile files;

    @Autowired
    EvidenceReader reader;

    @Test
    void theShippedNorthEastLincolnshireFileAveragesTwoHundredAndSixtyTwoClientsAMonth() {
        EvidenceSnapshot snapshot = files.load(
                Path.of("docs/examples/nel-2016-activity.csv"),
                LocalDate.of(2017, 3, 31),
                "NEL example activity 2016/17");

        ActivityEvidence year = reader.read(
                snapshot.id(),
                YearMonth.of(2016, 4),
                YearMonth.of(2017, 3),
                EvidenceOptions.defaults().inSettings(Set.of("PRIMARY_CARE")));

        assertThat(snapshot.rowCount()).isEqualTo(388);
        assertThat(year.clientMonths()).hasSize(12);
        assertThat(year.clientMonths().stream().mapToInt(ClientMonths::clients).sum())
                .isEqualTo(3144);
        assertThat(year.outcomes())
                .filteredOn(e -> e.stage() == OutcomeStage.COMPLETION)
                .hasSize(39);
        assertThat(year.outcomes())
                .filteredOn(e -> e.stage() == OutcomeStage.SUSTAINED_EXIT)
                .hasSize(14);
        assertThat(reader.participatingPractices(
                        snapshot.id(), YearMonth.of(2016, 4), YearMonth.of(2017, 3), EvidenceOptions.defaults()))
                .isEqualTo(12);
    }
}
