package org.onedoor.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 6 on the command line: a withhold released on C19c is measured from the activity file by the same
 * engine on the command's in-memory database, and a file without a column the indicators need is refused naming it.
 */
class MeasuredWithholdCommandLineIntegrationTest {

    private static final String WITHHOLD = """
            rules:
              - kind: QUALITY_WITHHOLD
                name: Quality withhold
                from: 2016-04
                percent: 2.5
                appliesTo: [Output payment]
                releaseMonth: MARCH
                kpis:
                  - { indicator: C19c, threshold: 25, direction: AT_LEAST, sharePercent: 100 }
            """;

    @TempDir
    Path folder;

    @Test
    void measuresTheWithholdFromTheActivityFile() throws Exception {
        Path contract = contract();
        Path activity = folder.resolve("activity.csv");
        Files.writeString(
                activity,
                "AGNCY,CLIENTID,FINITIAL,SINITIAL,DOB,SEX,EPISODID,CONSENT,TRIAGED,DISD,DISRSN,DRUG1,MODID,MODAL,"
                        + "REFMODDT,FAOMODDT,MODST,MODEND,MODEXIT\n"
                        + row("C1", "B", "01/05/2016", "30/09/2016", "80")
                        + row("C2", "C", "01/06/2016", "", "")
                        + row("C3", "E", "01/07/2016", "", "")
                        + row("C4", "D", "10/04/2016", "", ""));
        Path out = folder.resolve("statements.csv");

        Run run = payments(contract, activity, out);

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                .filteredOn(line -> line.startsWith("2017-03,Quality withhold,\"C19c"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("25.0% (1 of 4, 2016-04..2017-03, provisional)")
                        .contains("target at least 25%: met"));
    }

    @Test
    void refusesAFileWithoutTheColumnsTheIndicatorsNeedNamingThem() throws Exception {
        Path out = folder.resolve("statements.csv");

        Run run = payments(contract(), Path.of("docs/examples/nel-2016-activity.csv"), out);

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output())
                .contains("nel-2016-activity.csv")
                .contains("FINITIAL")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    private Path contract() throws IOException {
        Path contract = folder.resolve("withhold.yaml");
        Files.writeString(
                contract,
                Files.readString(Path.of("docs/examples/nel-2016.yaml")).replace("rules:\n", WITHHOLD));
        return contract;
    }

    private static String row(String client, String surname, String triaged, String discharged, String reason) {
        return String.join(
                        ",",
                        "N0852",
                        client,
                        "A",
                        surname,
                        "04/02/1971",
                        "1",
                        "E" + client,
                        "Y",
                        triaged,
                        discharged,
                        reason,
                        "7000",
                        "M" + client,
                        "11",
                        triaged,
                        triaged,
                        triaged,
                        discharged,
                        discharged.isEmpty() ? "" : "A")
                + "\n";
    }

    private Run payments(Path contract, Path activity, Path out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.onedoor.OneDoorApplication",
                "payments",
                "--contract",
                contract.toString(),
                "--activity",
                activity.toString(),
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                out.toString()));
        Path log = folder.resolve("run-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The payments command did not finish within 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private record Run(int status, String output) {}
}
