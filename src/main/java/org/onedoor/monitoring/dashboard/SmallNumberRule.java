package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorDefinition.Measure;
import org.onedoor.indicators.IndicatorRow;

/**
 * Turns the engine's rows into the figures a viewer sees: as they are for the provider side, or through the
 * partnership's one small-number rule for everyone else. Suppression runs over every group of an indicator before any
 * filter picks rows, so a hidden group cannot be worked out from the total.
 */
final class SmallNumberRule {

    private SmallNumberRule() {}

    static List<FigureRow> figures(
            List<IndicatorRow> rows, boolean suppress, Map<String, IndicatorDefinition> definitions) {
        List<FigureRow> figures = new ArrayList<>();
        for (IndicatorRow row : rows) {
            IndicatorDefinition definition = definitions.get(row.indicator());
            boolean small = suppress && (isSmall(row.numerator()) || isSmall(row.denominator()));
            figures.add(figure(row, definition, small));
        }
        return figures;
    }

    private static boolean isSmall(@Nullable Long n) {
        return n != null && n >= 1 && n <= 4;
    }

    private static FigureRow figure(IndicatorRow row, IndicatorDefinition definition, boolean hidden) {
        Measure measure = definition.measure();
        String numerator = count(row.numerator(), hidden && isSmall(row.numerator()) ? "<5" : null);
        String denominator = count(row.denominator(), hidden && isSmall(row.denominator()) ? "<5" : null);
        String value = hidden ? (measure == Measure.COUNT ? "<5" : "[c]") : value(row.value(), measure);
        String interval = hidden || row.lower95() == null || row.upper95() == null
                ? ""
                : plain(row.lower95()) + "–" + plain(row.upper95()) + "%";
        return new FigureRow(
                row.indicator(),
                definition.name(),
                row.period(),
                row.group(),
                value,
                numerator,
                denominator,
                interval,
                row.status().word(),
                hidden,
                hidden ? null : row.value());
    }

    private static String count(@Nullable Long n, @Nullable String shown) {
        return shown != null ? shown : n == null ? "" : Long.toString(n);
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
