package org.onedoor.contract.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.onedoor.contract.rules.StatementLine;

/**
 * Writes statement lines as CSV: a header row, then one row per line
 * ({@code month,rule,description,quantity,rate,amount}), the amount in pounds with two decimals;
 * quantities and rates to at most six decimals (an exact rate of £33⅓ shows as 33.333333). Fields with a comma,
 * quote or line break are quoted as RFC 4180 says.
 */
final class StatementCsv {

    static final String HEADER = "month,rule,description,quantity,rate,amount";

    private StatementCsv() {
    }

    static void write(List<StatementLine> lines, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            for (StatementLine line : lines) {
                out.write(String.join(",", line.month().toString(), field(line.rule()), field(line.description()),
                        plain(line.quantity()), plain(line.rate()),
                        line.amount().setScale(2, RoundingMode.HALF_UP).toPlainString()) + "\r\n");
            }
        } catch (IOException e) {
            throw new CommandProblem("Could not write " + file + ": " + e.getMessage());
        }
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
