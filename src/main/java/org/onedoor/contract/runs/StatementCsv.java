package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * A statement as CSV, in the command line's columns ({@code month,rule,description,quantity,rate,amount}): the month
 * a line is paid in, quantities and rates to at most six decimals, amounts in pounds with two; RFC 4180 quoting and
 * line ends. Adjustment lines say in their description which month they adjust.
 */
final class StatementCsv {

    static final String HEADER = "month,rule,description,quantity,rate,amount";

    private StatementCsv() {
    }

    static byte[] of(Statement statement) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (PaymentLine line : statement.lines()) {
            out.append(String.join(",", line.month().toString(), field(line.rule()), field(line.description()),
                    plain(line.quantity()), plain(line.rate()), line.amount().toPlainString())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String plain(BigDecimal number) {
        return number.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
