package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.indicators.Cell;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorDefinition.Measure;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.SmallNumbers;
import org.onedoor.indicators.SuppressedIndicatorRow;

/**
 * Turns the engine's rows into the figures a viewer sees: as they are for the provider side, or through the
 * partnership's one small-number rule ({@link SmallNumbers}) for everyone else. The rule runs over every group of an
 * indicator before any filter picks rows, so a hidden group cannot be worked out from the total. A count shows its
 * cell ("&lt;5", "[c]"); a percentage or median resting on a hidden count shows "[c]".
 */
final class SmallNumberRule {

    private SmallNumberRule() {}

    static List<FigureRow> figures(
            List<IndicatorRow> rows, boolean suppress, Map<String, IndicatorDefinition> definitions) {
        List<FigureRow> figures = new ArrayList<>(rows.size());
        if (!suppress) {
            rows.forEach(row -> figures.add(shown(row, definitions.get(row.indicator()))));
            return figures;
        }
        List<SuppressedIndicatorRow> suppressed = SmallNumbers.suppress(rows);
        for (int i = 0; i < rows.size(); i++) {
            figures.add(suppressed(
                    rows.get(i), suppressed.get(i), definitions.get(rows.get(i).indicator())));
        }
        return figures;
    }

    private static FigureRow shown(IndicatorRow row, IndicatorDefinition definition) {
        return new FigureRow(
                row.indicator(),
                definition.name(),
                row.period(),
                row.group(),
                value(row.value(), definition.measure()),
                row.numerator() == null ? "" : Long.toString(row.numerator()),
                row.denominator() == null ? "" : Long.toString(row.denominator()),
                interval(row.lower95(), row.upper95()),
                row.status().word(),
                false,
                row.value());
    }

    private static FigureRow suppressed(
            IndicatorRow row, SuppressedIndicatorRow shown, IndicatorDefinition definition) {
        Measure measure = definition.measure();
        String value = !shown.suppressed()
                ? value(shown.value(), measure)
                : measure == Measure.COUNT ? shown.numerator().text() : "[c]";
        return new FigureRow(
                row.indicator(),
                definition.name(),
                row.period(),
                row.group(),
                value,
                row.numerator() == null ? "" : shown.numerator().text(),
                text(shown.denominator()),
                interval(shown.lower95(), shown.upper95()),
                row.status().word(),
                shown.suppressed(),
                shown.suppressed() ? null : shown.value());
    }

    private static String text(@Nullable Cell cell) {
        return cell == null ? "" : cell.text();
    }

    private static String interval(@Nullable BigDecimal lower, @Nullable BigDecimal upper) {
        return lower == null || upper == null ? "" : plain(lower) + "–" + plain(upper) + "%";
    }

    static String value(@Nullable BigDecimal value, Measure measure) {
        if (value == null) {
            return "-";
        }
        if (measure == Measure.PERCENT) {
            return plain(value) + "%";
        }
        if (measure == Measure.MEDIAN_DAYS) {
            return plain(value) + " days";
        }
        return plain(value);
    }

    private static String plain(BigDecimal number) {
        BigDecimal scaled = number.scale() > 1 ? number.setScale(1, RoundingMode.HALF_UP) : number;
        return scaled.toPlainString();
    }
}
