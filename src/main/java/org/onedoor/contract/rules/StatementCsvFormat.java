package org.onedoor.contract.rules;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV layout of statement lines, written by the command line and by statement downloads alike:
 * {@code month,rule,description,quantity,rate,amount}, quantities and rates to at most six decimals (an exact rate of
 * £33⅓ shows as 33.333333), amounts in pounds with two; fields quoted as RFC 4180 says (only where needed), lines
 * ending CRLF. FastCSV writes the fields.
 */
public final class StatementCsvFormat {

    public static final String HEADER = "month,rule,description,quantity,rate,amount";

    /** Receives the statement's lines one by one, in the order they are to appear. */
    public interface Rows {

        void row(
                YearMonth month,
                String rule,
                String description,
                @Nullable BigDecimal quantity,
                @Nullable BigDecimal rate,
                BigDecimal amount);
    }

    private StatementCsvFormat() {}

    /** The header and the rows given to {@code lines}, as text. */
    public static String write(Consumer<Rows> lines) {
        StringWriter text = new StringWriter();
        try {
            write(text, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes the header and the rows given to {@code lines} to {@code out}, which stays open. */
    public static void write(Writer out, Consumer<Rows> lines) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
        try {
            csv.writeRecord(HEADER.split(","));
            lines.accept((month, rule, description, quantity, rate, amount) -> csv.writeRecord(
                    month.toString(),
                    rule,
                    description,
                    number(quantity),
                    number(rate),
                    amount.setScale(2, RoundingMode.HALF_UP).toPlainString()));
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A quantity or rate as the CSV writes it: at most six decimals, no trailing zeros. */
    public static String number(@Nullable BigDecimal number) {
        return number == null
                ? ""
                : number.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
