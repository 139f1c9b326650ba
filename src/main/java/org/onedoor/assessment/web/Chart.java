package org.onedoor.assessment.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onedoor.assessment.Trajectory;

/**
 * One measure drawn as an inline SVG line chart, worked out on the server (no script, no chart library): each point
 * placed by its date along the x axis and its value within the measure's range up the y axis. The page puts the
 * same figures in a table beside it, which is the chart's accessible equivalent.
 */
public record Chart(
        Trajectory.Series series,
        String id,
        String line,
        List<Dot> dots,
        String minLabel,
        String maxLabel,
        String firstDate,
        String lastDate) {

    static final int WIDTH = 600;
    static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 32;
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** A point as drawn, with the words a tooltip gives it. */
    public record Dot(int x, int y, String title) {}

    static Chart of(Trajectory.Series series) {
        List<Trajectory.Point> points = series.points();
        long first = points.get(0).on().toEpochDay();
        long last = points.get(points.size() - 1).on().toEpochDay();
        double span = series.max().subtract(series.min()).doubleValue();
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Trajectory.Point point : points) {
            double across = last == first ? 0.5 : (point.on().toEpochDay() - first) / (double) (last - first);
            double up = span <= 0 ? 0 : point.value().subtract(series.min()).doubleValue() / span;
            int x = LEFT + (int) Math.round(across * (WIDTH - LEFT - RIGHT));
            int y = TOP + (int) Math.round((1 - Math.max(0, Math.min(1, up))) * (HEIGHT - TOP - BOTTOM));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            dots.add(new Dot(
                    x,
                    y,
                    DAY.format(point.on()) + ": " + plain(point.value())
                            + (point.band() != null ? " (" + point.band() + ")" : "")));
        }
        return new Chart(
                series,
                "chart-" + series.instrument() + "-" + series.score(),
                line.toString(),
                dots,
                plain(series.min()),
                plain(series.max()),
                DAY.format(points.get(0).on()),
                DAY.format(points.get(points.size() - 1).on()));
    }

    static String plain(BigDecimal value) {
        return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int top() {
        return TOP;
    }

    public int right() {
        return WIDTH - RIGHT;
    }
}
