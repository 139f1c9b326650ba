package org.onedoor.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onedoor.shared.cli.CommandProblem;

class PaymentsArgumentsTest {

    private static final String CONTRACT = "docs/examples/nel-2016.yaml";
    private static final String ACTIVITY = "docs/examples/nel-2016-activity.csv";

    @Test
    void readsTheOptionsAsTheIssueWritesThem() {
        PaymentsArguments arguments = PaymentsArguments.parse(List.of(
                "payments",
                "--contract",
                CONTRACT,
                "--activity",
                ACTIVITY,
                "--from",
                "2016-04",
                "--to",
                "2017-03",
                "--out",
                "statements.csv"));

        assertThat(arguments.contract()).isEqualTo(Path.of(CONTRACT));
        assertThat(arguments.from()).isEqualTo(YearMonth.of(2016, 4));
        assertThat(arguments.to()).isEqualTo(YearMonth.of(2017, 3));
        assertThat(arguments.out()).isEqualTo(Path.of("statements.csv"));
    }

    @Test
    void acceptsOptionEqualsValueToo() {
        PaymentsArguments arguments = PaymentsArguments.parse(List.of(
                "payments",
                "--contract=" + CONTRACT,
                "--activity=" + ACTIVITY,
                "--from=2016-04",
                "--to=2016-06",
                "--out=x.csv"));

        assertThat(arguments.to()).isEqualTo(YearMonth.of(2016, 6));
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThatThrownBy(() -> PaymentsArguments.parse(List.of(
                        "payments",
                        "--contract",
                        "missing.yaml",
                        "--from",
                        "2016-13",
                        "--to",
                        "2016-03",
                        "--colour",
                        "red")))
                .isInstanceOf(CommandProblem.class)
                .hasMessageContaining("--contract missing.yaml: no readable file there")
                .hasMessageContaining("--activity is missing")
                .hasMessageContaining("--from 2016-13 is not a month: write it as yyyy-MM")
                .hasMessageContaining("--out is missing")
                .hasMessageContaining("Unknown option --colour")
                .hasMessageContaining(PaymentsArguments.USAGE);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> PaymentsArguments.parse(List.of(
                        "payments",
                        "--contract",
                        CONTRACT,
                        "--activity",
                        ACTIVITY,
                        "--from",
                        "2017-03",
                        "--to",
                        "2016-04",
                        "--out",
                        "x.csv")))
                .hasMessageContaining("--to 2016-04 is before --from 2017-03");
    }
}
