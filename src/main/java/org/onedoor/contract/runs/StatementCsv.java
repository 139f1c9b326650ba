package org.onedoor.contract.runs;

import java.nio.charset.StandardCharsets;

import org.onedoor.contract.rules.StatementCsvFormat;

/** A stored statement as CSV in {@link StatementCsvFormat}; adjustment lines say which month they adjust. */
final class StatementCsv {

    private StatementCsv() {
    }

    static byte[] of(Statement statement) {
        StringBuilder out = new StringBuilder(StatementCsvFormat.HEADER).append(StatementCsvFormat.LINE_END);
        for (PaymentLine line : statement.lines()) {
            out.append(StatementCsvFormat.row(line.month(), line.rule(), line.description(), line.quantity(),
                    line.rate(), line.amount()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
