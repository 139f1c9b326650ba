package org.onedoor.indicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.indicators.IndicatorRequest;
import org.onedoor.indicators.IndicatorScope;
import org.onedoor.indicators.Indicators;
import org.onedoor.ndtms.ImportedBy;
import org.onedoor.ndtms.NdtmsImport;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code indicators} command as an analyst runs it (a separate JVM, its own in-memory database) and the server
 * (the same file imported into the test database, the agency's figures) agree row for row on one activity file:
 * an opiate completion and one still on substitute medication at exit (a pharmacological intervention ending on the
 * discharge day unplanned), an alcohol completion and one with a return at the 6-month end day (month-end clamp),
 * a non-opiate and alcohol drop-out, and a 17-year-old who is not counted.
 */
@IntegrationTest
class IndicatorsCommandLineIntegrationTest {

    private static final String HEADER = "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,REFLD,TRIAGED,"
            + "DRUG1,DRUG2,MODID,MODAL,REFMODDT,FAOMODDT,MODST,MODEND,MODEXIT,DISD,DISRSN";

    @TempDir
    Path folder;

    @Autowired
    NdtmsImport ndtms;

    @Autowired
    Indicators indicators;

    @Test
    void theCommandAndTheServerAgreeOnTheSameFile() throws Exception {
        String agency = agency();
        Path activity = Files.writeString(folder.resolve("activity.csv"), activity(agency));
        Path out = folder.resolve("indicators.csv");

        Run run = indicators(
                "--activity",
                activity.toString(),
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--as-of",
                "2018-01-01",
                "--out",
                out.toString());

        assertThat(run.status()).as(run.output()).isZero();
        List<String> command = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(command.get(0)).isEqualTo(IndicatorsCsv.HEADER);
        assertThat(command)
                .contains(
                        "C19a,2016-04..2017-03,Opiate,1,2,50.0,9.5,90.5,final",
                        "C19b,2016-04..2017-03,Non-opiate,0,1,0.0,0.0,79.3,final",
                        "C19c,2016-04..2017-03,Alcohol only,1,2,50.0,9.5,90.5,final",
                        "DEATHS,2016-04..2017-03,All,0,,0,,,final");
        ndtms.load("activity.csv", new ByteArrayInputStream(Files.readAllBytes(activity)), new ImportedBy("test"));
        List<String> server = new ArrayList<>();
        server.add(IndicatorsCsv.HEADER);
        indicators
                .compute(new IndicatorRequest(
                        List.of(),
                        IndicatorScope.agency(agency),
                        YearMonth.of(2016, 4),
                        YearMonth.of(2017, 3),
                        LocalDate.of(2018, 1, 1),
                        false))
                .forEach(row -> server.add(IndicatorsCsv.line(row)));
        assertThat(command).containsExactlyElementsOf(server);
    }

    @Test
    void aBadDateExitsWithTwoNamingTheFileLineAndField() throws Exception {
        Path activity = Files.writeString(
                folder.resolve("bad.csv"), activity(agency()).replace("01/09/2016,81", "31/09/2016,81"));

        Run run = indicators(
                "--activity",
                activity.toString(),
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                folder.resolve("x.csv").toString());

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("bad.csv line 4").contains("DISD").doesNotContain("Exception");
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }

    @Test
    void aFileWithoutAColumnTheIndicatorsNeedIsRefusedNamingIt() throws Exception {
        Path activity = Files.writeString(
                folder.resolve("short.csv"), activity(agency()).replace(",FAOMODDT,", ",FAOMODDX,"));

        Run run = indicators(
                "--activity",
                activity.toString(),
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                folder.resolve("x.csv").toString());

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("FAOMODDT");
    }

    private static String agency() {
        return "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String activity(String agency) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.add(row(agency, "1", "01/02/1970", "E1", "1011", "", "94", "01/05/2016", "01/11/2016", "A", "80"));
        lines.add(row(agency, "2", "02/02/1970", "E2", "1011", "", "94", "01/05/2016", "01/11/2016", "B", "80"));
        lines.add(row(agency, "3", "03/02/1970", "E3", "7000", "", "95", "01/05/2016", "01/09/2016", "A", "81"));
        lines.add(row(agency, "4", "04/02/1970", "E4", "7000", "", "95", "01/05/2016", "31/08/2016", "A", "81"));
        lines.add(row(agency, "4", "04/02/1970", "E5", "7000", "", "95", "28/02/2017", "", "", ""));
        lines.add(row(agency, "5", "05/02/1970", "E6", "5000", "7000", "95", "01/05/2016", "01/10/2016", "A", "85"));
        lines.add(row(agency, "6", "02/04/1998", "E7", "7000", "", "95", "01/05/2016", "01/09/2016", "A", "81"));
        return String.join("\n", lines) + "\n";
    }

    /** One episode with one intervention from start to end, the episode discharged on the intervention's end. */
    private static String row(
            String agency,
            String client,
            String born,
            String episode,
            String drug1,
            String drug2,
            String modal,
            String start,
            String end,
            String exit,
            String reason) {
        return String.join(
                ",",
                agency,
                "C" + client,
                "J",
                "S",
                born,
                "1",
                episode,
                "Y",
                start,
                start,
                drug1,
                drug2,
                episode + "M",
                modal,
                start,
                start,
                start,
                end,
                exit,
                end,
                reason);
    }

    private Run indicators(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.onedoor.OneDoorApplication",
                "indicators"));
        command.addAll(List.of(options));
        Path log = folder.resolve("run-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The indicators command did not finish within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private record Run(int status, String output) {}
}
