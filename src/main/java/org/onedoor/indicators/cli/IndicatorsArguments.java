package org.onedoor.indicators.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.onedoor.shared.cli.CommandOptions;

/**
 * The options of {@code indicators --activity activity.csv --from 2016-04 --to 2017-03 [--as-of 2018-01-01]
 * [--monthly] --out indicators.csv}; {@code --as-of} defaults to today in Europe/London. Every problem is named at once.
 */
record IndicatorsArguments(Path activity, YearMonth from, YearMonth to, LocalDate asOf, boolean monthly, Path out) {

    static final String USAGE = "Usage: java -jar onedoor.jar indicators --activity activity.csv --from 2016-04"
            + " --to 2017-03 [--as-of 2018-01-01] [--monthly] --out indicators.csv";

    private static final Set<String> OPTIONS = Set.of("--activity", "--from", "--to", "--as-of", "--out");

    /** Reads the options that follow the word {@code indicators}; {@code today} is the default as-of date. */
    static IndicatorsArguments parse(List<String> args, LocalDate today) {
        CommandOptions options = CommandOptions.parse(args, OPTIONS, Set.of("--monthly"));
        Path activity = options.existingFile("--activity", "the activity file (NDTMS CSV layout)");
        YearMonth from = options.month("--from");
        YearMonth to = options.month("--to");
        options.inOrder(from, to);
        LocalDate asOf = options.date("--as-of", today);
        Path out = options.outFile("--out", "the CSV file to write the indicators to");
        options.done(USAGE);
        return new IndicatorsArguments(activity, from, to, asOf, options.flag("--monthly"), out);
    }
}
