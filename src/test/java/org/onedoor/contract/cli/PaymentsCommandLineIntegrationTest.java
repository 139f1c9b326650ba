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
 * The command line as a commissioner runs it: a separate JVM started the way {@code java -jar onedoor.jar payments …}
 * starts (same main class and classpath), on its own in-memory database, with the shipped worked-example files.
 */
class PaymentsCommandLineIntegrationTest {

    @TempDir
    Path folder;

    @Test
    void reproducesTheWorkedExampleFromTheShippedFiles() throws Exception {
        Path out = folder.resolve("statements.csv");

        Run run = payments(
                "--contract",
                "docs/examples/nel-2016.yaml",
                "--activity",
                "docs/examples/nel-2016-activity.csv",
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                out.toString());

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output())
                .contains("Financial year 2016/17: ")
                .contains("Output payment: £104,800.00")
                .contains("CCG staffing and admin: £116,525.00");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("month,rule,description,quantity,rate,amount");
        assertThat(lines)
                .filteredOn(line -> line.startsWith("2016-04,CCG staffing and admin,"))
                .singleElement()
                .satisfies(line -> assertThat(line).endsWith(",9710.42"));
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).matches("20\\d\\d-\\d\\d,.*,-?\\d+\\.\\d\\d"));
    }

    @Test
    void aMalformedActivityFileExitsWithTheLineAndField() throws Exception {
        Path activity = folder.resolve("activity.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(Path.of("docs/examples/nel-2016-activity.csv")));
        List<String> header = List.of(rows.get(0).split(","));
        String[] third = rows.get(3).split(",", -1);
        third[header.indexOf("MODST")] = "31/02/2016";
        rows.set(3, String.join(",", third));
        Files.write(activity, rows);

        Run run = payments(
                "--contract",
                "docs/examples/nel-2016.yaml",
                "--activity",
                activity.toString(),
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                folder.resolve("out.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.output()).contains("activity.csv line 4, MODST").doesNotContain("Exception");
        assertThat(folder.resolve("out.csv")).doesNotExist();
    }

    @Test
    void aContractCountingAttendedContactsIsRefusedBecauseTheActivityFileHasNone() throws Exception {
        Path contract = folder.resolve("attended.yaml");
        String shipped = Files.readString(Path.of("docs/examples/nel-2016.yaml"));
        assertThat(shipped).contains("countingRule: ANY_DAY_OPEN_INTERVENTION");
        Files.writeString(
                contract, shipped.replace("countingRule: ANY_DAY_OPEN_INTERVENTION", "countingRule: ATTENDED_CONTACT"));

        Run run = payments(
                "--contract",
                contract.toString(),
                "--activity",
                "docs/examples/nel-2016-activity.csv",
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                folder.resolve("out.csv").toString());

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output())
                .contains("countingRule: ATTENDED_CONTACT")
                .contains("needs the contacts recorded in OneDoor")
                .doesNotContain("Exception");
        assertThat(folder.resolve("out.csv")).doesNotExist();
    }

    @Test
    void aContractPayingOnOutcomeMeasuresIsRefusedNamingTheRule() throws Exception {
        Path contract = folder.resolve("measure.yaml");
        String shipped = Files.readString(Path.of("docs/examples/nel-2016.yaml"));
        Files.writeString(contract, shipped.replace("rules:\n", """
                rules:
                  - kind: OUTCOME_MEASURE
                    name: PHQ-9 improvement
                    from: 2016-04
                    measure: PHQ9_RELIABLE_IMPROVEMENT
                    amountPerClient: 50.00
                """));

        Run run = payments(
                "--contract",
                contract.toString(),
                "--activity",
                "docs/examples/nel-2016-activity.csv",
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                folder.resolve("out.csv").toString());

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output())
                .contains("PHQ-9 improvement")
                .contains("holds no outcome records")
                .doesNotContain("Exception");
        assertThat(folder.resolve("out.csv")).doesNotExist();
    }

    private Run payments(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.onedoor.OneDoorApplication",
                "payments"));
        command.addAll(List.of(options));
        Path log = folder.resolve("run-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The payments command did not finish within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private record Run(int status, String output) {}
}
