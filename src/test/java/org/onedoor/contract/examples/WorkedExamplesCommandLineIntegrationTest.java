package org.onedoor.contract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.contract.cli.InProcessPayments;
import org.onedoor.contract.examples.ExampleActivity.Practice;
import org.onedoor.contract.rules.StatementCsvFormat;
import org.onedoor.contract.store.ContractFixtures;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each worked example of domain reference 11.9 paid end to end through the {@code payments} command line: the same
 * activity as {@link WorkedExamplesRecordedIntegrationTest} written once as an NDTMS activity file, each example's
 * contract document written to a file, and the command's own runner (run in-process, on the test database) reading
 * both, writing the statement file and printing the year's totals; the file's year is checked against the
 * reference's figures, and the printed totals against the file.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkedExamplesCommandLineIntegrationTest {

    @Autowired
    ApplicationContext context;

    @TempDir
    static Path folder;

    private final Map<Practice, String> practiceCodes = new EnumMap<>(Practice.class);
    private Path activity;

    @BeforeAll
    void writeTheActivityFile() {
        for (Practice practice : Practice.values()) {
            practiceCodes.put(practice, String.format("W%05d", 10001 + practice.ordinal()));
        }
        activity = ExampleActivityFile.write(folder.resolve("activity.csv"), ExampleActivity.clients(), practiceCodes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.onedoor.contract.examples.WorkedExamples#all")
    void theCommandLinePaysTheWorkedExample(WorkedExample example) throws IOException {
        String reference = ContractFixtures.uniqueReference();
        Path contract = Files.writeString(
                folder.resolve(reference + ".yaml"), example.contract(reference, "ACTIVE", practiceCodes));
        Path out = folder.resolve(reference + "-statements.csv");

        InProcessPayments.Result run = InProcessPayments.run(
                context,
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
                out.toString());

        assertThat(run.status()).as(run.errors()).isZero();
        PaidYear year = new PaidYear("The command line's " + out.getFileName(), statementFile(out));
        example.check(year);
        for (String rule : List.of(WorkedExample.OUTPUT, WorkedExample.OUTCOMES, WorkedExample.BLOCK)) {
            if (year.payments(rule) > 0) {
                assertThat(run.output()).contains("  " + rule + ": " + pounds(year.total(rule)));
            }
        }
    }

    /** The statement file's rows: month and rule first, quantity, rate and amount last (a description may quote commas). */
    private static List<PaidYear.Line> statementFile(Path file) throws IOException {
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo(StatementCsvFormat.HEADER);
        Set<String> rules = Set.of(WorkedExample.OUTPUT, WorkedExample.OUTCOMES, WorkedExample.BLOCK);
        return rows.subList(1, rows.size()).stream()
                .map(row -> {
                    String[] fields = row.split(",", -1);
                    int n = fields.length;
                    assertThat(rules).as(row).contains(fields[1]);
                    return new PaidYear.Line(
                            YearMonth.parse(fields[0]),
                            fields[1],
                            number(fields[n - 3]),
                            number(fields[n - 2]),
                            new BigDecimal(fields[n - 1]));
                })
                .collect(Collectors.toList());
    }

    private static BigDecimal number(String field) {
        return field.isEmpty() ? BigDecimal.ZERO : new BigDecimal(field);
    }

    private static String pounds(BigDecimal amount) {
        return String.format(java.util.Locale.UK, "£%,.2f", amount);
    }
}
