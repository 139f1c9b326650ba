package org.onedoor.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live record and imported activity files are one population: a person is their attributor in both, so a
 * completion recorded in OneDoor is undone by a return within 6 months that another agency's file shows.
 */
@IntegrationTest
class LiveAndImportedIntegrationTest {

    @Autowired
    Indicators indicators;

    @Autowired
    NdtmsImport ndtms;

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

    @Test
    void aReturnInAnotherAgencysFileUndoesALiveCompletion() {
        Journeys journeys = new Journeys(directory, registry, treatment, prescribing, currentUsers);
        Journeys.Person person = journeys.adult()
                .episode(journeys.providerA, List.of("ALCOHOL"), "2016-05-01", "2016-08-31", "81")
                .record();
        assertThat(c19c(IndicatorScope.provider(journeys.providerA)).numerator())
                .isEqualTo(1);

        String agency = "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String born = person.born.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String file = "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,REFLD,TRIAGED,DRUG1,MODID,MODAL,"
                + "REFMODDT,FAOMODDT,MODST\n"
                + String.join(
                        ",",
                        agency,
                        "X1",
                        "S",
                        "T",
                        born,
                        "1",
                        "E1",
                        "Y",
                        "20/02/2017",
                        "28/02/2017",
                        "7000",
                        "M1",
                        "95",
                        "28/02/2017",
                        "28/02/2017",
                        "01/03/2017")
                + "\n";
        ndtms.load("other.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), new ImportedBy("t"));

        IndicatorRow live = c19c(IndicatorScope.provider(journeys.providerA));
        assertThat(live.numerator()).isZero();
        assertThat(live.denominator()).isEqualTo(1);
        IndicatorRow there = c19c(IndicatorScope.agency(agency));
        assertThat(there.numerator()).isZero();
        assertThat(there.denominator()).isEqualTo(1);
    }

    private IndicatorRow c19c(IndicatorScope scope) {
        return indicators
                .compute(new IndicatorRequest(
                        List.of("C19c"),
                        scope,
                        YearMonth.of(2016, 4),
                        YearMonth.of(2017, 3),
                        LocalDate.of(2018, 1, 1),
                        false))
                .get(0);
    }
}
