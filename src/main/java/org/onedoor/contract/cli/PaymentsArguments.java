package org.onedoor.contract.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.onedoor.shared.cli.CommandOptions;

/**
 * The options of {@code payments --contract contract.yaml --activity activity.csv --from 2016-04 --to 2017-03
 * --out statements.csv}. Every problem is named at once, with what to type instead.
 */
record PaymentsArguments(Path contract, Path activity, YearMonth from, YearMonth to, Path out) {

    static final String USAGE = "Usage: java -jar onedoor.jar payments --contract contract.yaml"
            + " --activity activity.csv --from 2016-04 --to 2017-03 --out statements.csv";

    private static final Set<String> OPTIONS = Set.of("--contract", "--activity", "--from", "--to", "--out");

    /** Reads the options that follow the word {@code payments}. */
    static PaymentsArguments parse(List<String> args) {
        CommandOptions options = CommandOptions.parse(args, OPTIONS, Set.of());
        Path contract = options.existingFile("--contract", "the contract document (YAML)");
        Path activity = options.existingFile("--activity", "the activity file (NDTMS CSV layout)");
        YearMonth from = options.month("--from");
        YearMonth to = options.month("--to");
        options.inOrder(from, to);
        Path out = options.outFile("--out", "the CSV file to write the statement lines to");
        options.done(USAGE);
        return new PaymentsArguments(contract, activity, from, to, out);
    }
}
