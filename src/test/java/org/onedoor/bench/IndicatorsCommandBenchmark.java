package org.onedoor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code indicators} command as an analyst runs it, on H2 in memory (issue 17 speed): its own JVM, on a generated
 * activity file of {@code onedoor.bench.clients} (10,000) clients over 5 years ({@link ActivityFile}, about 20,000
 * rows, not timed), every indicator for April 2016 to March 2017, then the same monthly (12 windows). A one-client
 * file run first gives the fixed cost (JVM, Spring, migrations), so the rest is the import and the engine, whose own
 * split (relation filled, statements) the engine's debug log gives. Runs with
 * {@code ./mvnw -o verify -Pbench -Dit.test=IndicatorsCommandBenchmark} (no database needed), never in
 * {@code ./mvnw verify}.
 */
class IndicatorsCommandBenchmark {

    @TempDir
    Path folder;

    private final StringBuilder engine = new StringBuilder();

    @Test
    void theCommandOnAGeneratedActivityFile() throws Exception {
        int clients = Latencies.intProperty("onedoor.bench.clients", 10_000);
        Path tiny = folder.resolve("tiny.csv");
        ActivityFile.write(tiny, 1, 1, 10);
        Path activity = folder.resolve("activity.csv");
        int rows = ActivityFile.write(activity, 1, clients, 10);
        double fixed = run(tiny, false);
        double year = run(activity, false);
        double monthly = run(activity, true);
        List<String> written = Files.readAllLines(folder.resolve("out.csv"), StandardCharsets.UTF_8);
        StringBuilder report = new StringBuilder("==== Indicators command benchmark (H2 in memory)\n");
        report.append(String.format("activity file: %,d clients, %,d rows%n", clients, rows));
        report.append(String.format("one-client file (JVM, Spring, migrations): %.1f s%n", fixed));
        report.append(String.format(
                "every indicator, April 2016 to March 2017: %.1f s (%.1f s over the one-client run)%n",
                year, year - fixed));
        report.append(String.format(
                "monthly, 12 windows (%,d rows written): %.1f s (%.1f s over the one-client run)%n",
                written.size() - 1, monthly, monthly - fixed));
        report.append("the engine's own split (its debug log):\n").append(engine);
        written.stream()
                .filter(line -> line.startsWith("C19"))
                .limit(3)
                .forEach(l -> report.append(l).append('\n'));
        System.out.print(report.append("====\n\n"));
    }

    /** Runs the command on a file and returns its wall-clock seconds. */
    private double run(Path activity, boolean monthly) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogging.level.org.onedoor.indicators=DEBUG",
                "-cp",
                System.getProperty("java.class.path"),
                "org.onedoor.OneDoorApplication",
                "indicators",
                "--activity",
                activity.toString(),
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--as-of",
                "2017-12-31",
                "--out",
                folder.resolve("out.csv").toString()));
        if (monthly) {
            command.add("--monthly");
        }
        Path log = folder.resolve("run-" + System.nanoTime() + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("The indicators command did not finish within 30 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        output.lines()
                .filter(line -> line.contains("indicators: relation filled"))
                .forEach(line -> engine.append("  ")
                        .append(activity.getFileName())
                        .append(monthly ? " monthly: " : ": ")
                        .append(line.substring(line.indexOf("indicators: ")))
                        .append('\n'));
        return seconds;
    }
}
