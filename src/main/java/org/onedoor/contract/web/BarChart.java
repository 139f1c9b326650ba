package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.Pounds;

/**
 * The geometry of a server-rendered SVG bar chart of money, so a template only places what is worked out here. Bars
 * are grouped (one per series side by side in each category) or stacked; an optional horizontal reference line
 * (the monthly committed funding, say) is drawn across. Heights are proportional to the value from the axis zero;
 * the value axis has round ticks ({@link AxisScale}). Coordinates are in the {@link #WIDTH} × {@link #HEIGHT}
 * view box. The chart is an image with a text summary; the table beside it is the accessible equivalent.
 */
final class BarChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    static final int LEFT = 96;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;
    /** GOV.UK colours that differ in lightness as well as hue, each at least 3:1 against white. */
    static final List<String> PALETTE = List.of("#1d70b8", "#d4351c", "#505a5f", "#00703c", "#4c2c92", "#d53880");

    record Series(String name, String colour, List<BigDecimal> values) {
        Series {
            values = List.copyOf(values);
        }
    }

    record Bar(double x, double y, double width, double height, String colour, String text) {}

    record Tick(double y, String label) {}

    record Category(double x, String label) {}

    record Line(double y, String label) {}

    private final String summary;
    private final List<Series> series;
    private final List<Category> categories = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private final @Nullable Line line;
    private final double zero;

    private BarChart(
            String description,
            List<String> labels,
            List<Series> series,
            boolean stacked,
            @Nullable BigDecimal lineValue,
            String lineLabel) {
        this.series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has "
                        + s.values().size() + " values for " + labels.size() + " categories");
            }
        }
        AxisScale scale = scale(labels.size(), stacked, lineValue);
        double band = labels.isEmpty() ? 0 : (double) plotWidth() / labels.size();
        double groupWidth = band * 0.8;
        double barWidth = stacked || series.isEmpty() ? groupWidth : groupWidth / series.size();
        for (int c = 0; c < labels.size(); c++) {
            double start = LEFT + band * c + band * 0.1;
            categories.add(new Category(round(start + groupWidth / 2), labels.get(c)));
            BigDecimal above = BigDecimal.ZERO;
            BigDecimal below = BigDecimal.ZERO;
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                BigDecimal value = one.values().get(c);
                BigDecimal base = !stacked ? BigDecimal.ZERO : value.signum() >= 0 ? above : below;
                double x = stacked ? start : start + barWidth * s;
                double y0 = y(scale, base);
                double y1 = y(scale, base.add(value));
                bars.add(new Bar(
                        round(x),
                        round(Math.min(y0, y1)),
                        round(barWidth),
                        round(Math.abs(y1 - y0)),
                        one.colour(),
                        one.name() + ", " + labels.get(c) + ": " + Pounds.format(value)));
                if (stacked && value.signum() >= 0) {
                    above = above.add(value);
                } else if (stacked) {
                    below = below.add(value);
                }
            }
        }
        scale.ticks().forEach(t -> ticks.add(new Tick(round(y(scale, t)), tickLabel(t, scale.step()))));
        this.line = lineValue == null
                ? null
                : new Line(round(y(scale, lineValue)), lineLabel + ": " + Pounds.format(lineValue));
        this.zero = round(y(scale, BigDecimal.ZERO));
        this.summary = summary(description, labels);
    }

    /** One bar per series side by side in each category. */
    static BarChart grouped(String description, List<String> categories, List<Series> series) {
        return new BarChart(description, categories, series, false, null, "");
    }

    /** The series stacked in each category, with a reference line across at {@code lineValue} when given. */
    static BarChart stacked(
            String description,
            List<String> categories,
            List<Series> series,
            @Nullable BigDecimal lineValue,
            String lineLabel) {
        return new BarChart(description, categories, series, true, lineValue, lineLabel);
    }

    private AxisScale scale(int count, boolean stacked, @Nullable BigDecimal lineValue) {
        BigDecimal low = lineValue == null ? BigDecimal.ZERO : lineValue;
        BigDecimal high = low;
        for (int c = 0; c < count; c++) {
            BigDecimal above = BigDecimal.ZERO;
            BigDecimal below = BigDecimal.ZERO;
            for (Series s : series) {
                BigDecimal value = s.values().get(c);
                above = stacked ? above.add(value.max(BigDecimal.ZERO)) : above.max(value);
                below = stacked ? below.add(value.min(BigDecimal.ZERO)) : below.min(value);
            }
            high = high.max(above);
            low = low.min(below);
        }
        return AxisScale.of(low, high);
    }

    private String summary(String description, List<String> labels) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            BigDecimal total = s.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            int highest = 0;
            for (int c = 1; c < s.values().size(); c++) {
                highest = s.values().get(c).compareTo(s.values().get(highest)) > 0 ? c : highest;
            }
            parts.add(s.name() + " " + Pounds.format(total) + " in all"
                    + (labels.size() > 1
                            ? ", highest " + Pounds.format(s.values().get(highest)) + " (" + labels.get(highest) + ")"
                            : ""));
        }
        return description + (parts.isEmpty() ? "" : ". " + String.join("; ", parts))
                + (line == null ? "" : ". " + line.label()) + ".";
    }

    private static double y(AxisScale scale, BigDecimal value) {
        return TOP + plotHeight() * (1 - scale.fraction(value));
    }

    private static String tickLabel(BigDecimal tick, BigDecimal step) {
        String pounds = Pounds.format(tick);
        return step.compareTo(BigDecimal.ONE) >= 0 ? pounds.substring(0, pounds.length() - 3) : pounds;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    public String summary() {
        return summary;
    }

    public List<Series> series() {
        return series;
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Bar> bars() {
        return bars;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public @Nullable Line line() {
        return line;
    }

    /** The x of the value axis and the right end of the plot, for the axis lines. */
    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** The y of £0, where the bars start. */
    public double zero() {
        return zero;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }
}
