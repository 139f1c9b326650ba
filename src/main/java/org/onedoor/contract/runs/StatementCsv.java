package org.onedoor.contract.runs;

import java.nio.charset.StandardCharsets;
import org.onedoor.contract.rules.StatementCsvFormat;

/** A stored statement as CSV in {@link StatementCsvFormat}; adjustment lines say which month they adjust. */
final class StatementCsv {

    private StatementCsv() {}

    static byte[] of(Statement statement) {
        return StatementCsvFormat.write(out -> statement
                        .lines()
                        .forEach(line -> out.row(
                                line.month(),
                                line.rule(),
                                line.description(),
                                line.quantity(),
                                line.rate(),
                                line.amount())))
                .getBytes(StandardCharsets.UTF_8);
    }
}
