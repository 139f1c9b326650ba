package org.onedoor.ndtms.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.ndtms.extract.ExtractPartnership.episode;
import static org.onedoor.ndtms.extract.ExtractPartnership.intervention;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ConsentDecision;
import org.onedoor.ndtms.ImportResult;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.onedoor.partnership.Directory;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What OneDoor sends to NDTMS it can read back: a provider's monthly extract, loaded through the import as a
 * provider on another system would send it, gives the import store the same people, episodes, dates and discharges
 * as the live record, and loading the same file again changes nothing.
 */
@IntegrationTest
class ExtractImportRoundTripIntegrationTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2016, 11);

    @Autowired
    NdtmsExtracts extracts;

    @Autowired
    NdtmsImport imports;

    @Autowired
    Directory directory;

    @Autowired
    ClientImport clientImport;

    @Autowired
    TreatmentImport treatmentImport;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExtractLoadsBackIntoTheImportStoreWithTheSameJourneys() {
        ExtractPartnership p = new ExtractPartnership(directory, clientImport, treatmentImport, currentUsers);
        UUID ann = p.client("Ann", "O'Brien", "1980-02-03", Sex.FEMALE, ConsentDecision.GIVEN);
        p.treat(
                ann,
                episode(
                        p.lead,
                        "2016-05-01",
                        "2016-05-03",
                        "2016-05-10",
                        List.of("HEROIN", "CRACK"),
                        null,
                        null,
                        intervention(
                                "PHARMACOLOGICAL", p.lead, "2016-05-03", "2016-05-05", "2016-05-10", "2016-10-01", "A"),
                        intervention("PSYCHOSOCIAL", p.lead, "2016-06-01", null, "2016-06-08", null, null)));
        UUID eve = p.client("Eve", "Ng", "1985-12-31", Sex.FEMALE, ConsentDecision.GIVEN);
        p.treat(
                eve,
                episode(
                        p.lead,
                        "2016-10-03",
                        "2016-10-05",
                        "2016-10-12",
                        List.of("ALCOHOL"),
                        "2016-10-30",
                        "81",
                        intervention(
                                "PSYCHOSOCIAL", p.lead, "2016-10-05", "2016-10-10", "2016-10-12", "2016-10-28", "A")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractHistoryEntry sent = currentUsers.actingAs(p.dataOfficer, () -> extracts.write(p.lead, NOVEMBER, out));
        byte[] file = out.toByteArray();
        ImportedBy by = new ImportedBy("round trip");

        ImportResult loaded = imports.load("round-trip.csv", new ByteArrayInputStream(file), by);

        assertThat(loaded.outcome()).isEqualTo(ImportResult.Outcome.LOADED);
        assertThat(loaded.rowCount()).isEqualTo(sent.records()).isEqualTo(3);
        assertThat(loaded.agencies()).containsExactly(p.leadCode);
        assertThat(jdbc.sql("""
                        select attributor || ' ' || coalesce(cast(discharged_on as varchar(10)), '-') || ' '
                               || coalesce(discharge_reason, '-') || ' ' || drug1 || ' '
                               || cast(started_on as varchar(10)) || ' '
                               || coalesce(cast(ended_on as varchar(10)), '-') || ' ' || coalesce(exit_code, '-')
                          from report_ndtms_intervention where import_id = ? order by attributor, started_on""").param(loaded.id().value()).query(String.class).list())
                .containsExactly(
                        "AO198002032 - - 1011 2016-05-10 2016-10-01 A",
                        "AO198002032 - - 1011 2016-06-08 - -",
                        "EN198512312 2016-10-30 81 7000 2016-10-12 2016-10-28 A");

        ImportResult again = imports.load("round-trip-again.csv", new ByteArrayInputStream(file), by);
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
        assertThat(again.id()).isEqualTo(loaded.id());
    }
}
