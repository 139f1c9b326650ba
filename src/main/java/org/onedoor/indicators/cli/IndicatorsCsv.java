package org.onedoor.indicators.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.indicators.IndicatorRow;

/**
 * Writes indicator rows as {@code indicator,period,group,numerator,denominator,value,lower95,upper95,status}: empty
 * cells where a figure does not apply, values as the engine rounded them (percentages and medians to one decimal
 * place, counts whole), text quoted only when it holds a comma or a quote.
 */
final class IndicatorsCsv {

    static final String HEADER = "indicator,period,group,numerator,denominator,value,lower95,upper95,status";

    private IndicatorsCsv() {}

    static void write(List<IndicatorRow> rows, Path out) {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(HEADER);
            writer.write('\n');
            for (IndicatorRow row : rows) {
                writer.write(line(row));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out, e);
        }
    }

    static String line(IndicatorRow row) {
        return String.join(
                ",",
                text(row.indicator()),
                text(row.period()),
                text(row.group()),
                number(row.numerator()),
                number(row.denominator()),
                decimal(row.value()),
                decimal(row.lower95()),
                decimal(row.upper95()),
                row.status().word());
    }

    private static String number(@Nullable Long value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
