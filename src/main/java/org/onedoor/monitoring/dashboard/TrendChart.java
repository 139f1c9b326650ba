package org.onedoor.monitoring.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the 12-month trend as server-rendered SVG bars, so the template only places what is worked out
 * here. A hidden figure draws no bar and says so in the label; the table beside the chart is the accessible equivalent.
 */
record TrendChart(String summary, List<Bar> bars, List<Tick> ticks, double zero) {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 32;

    record Bar(double x, double y, double width, double height, String label, String text, boolean hidden) {}

    record Tick(double y, String label) {}

    static TrendChart of(String what, List<FigureRow> months) {
        long top = 1;
        for (FigureRow month : months) {
            if (month.plotted() != null) {
                top = Math.max(
                        top,
                        month.plotted()
                                .setScale(0, java.math.RoundingMode.CEILING)
                                .longValue());
            }
        }
        long step = niceStep(top);
        long axisTop = ((top + step - 1) / step) * step;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double zero = TOP + plotHeight;
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= axisTop; v += step) {
            ticks.add(new Tick(round(zero - plotHeight * v / axisTop), Long.toString(v)));
        }
        double band = months.isEmpty() ? 0 : (double) (WIDTH - LEFT - RIGHT) / months.size();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            FigureRow month = months.get(i);
            BigDecimal value = month.plotted();
            double height = value == null ? 0 : plotHeight * value.doubleValue() / axisTop;
            String label = month.period().substring(month.period().length() - 7);
            bars.add(new Bar(
                    round(LEFT + band * i + band * 0.15),
                    round(zero - height),
                    round(band * 0.7),
                    round(height),
                    label,
                    label + ": " + month.value(),
                    month.hidden()));
        }
        String summary = what + ", month by month: "
                + String.join(", ", bars.stream().map(Bar::text).toList()) + ".";
        return new TrendChart(summary, bars, ticks, zero);
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

    public int right() {
        return WIDTH - RIGHT;
    }

    /** 1, 2, 5, 10, 20, 50 … : the first that needs at most 5 steps to reach the top. */
    private static long niceStep(long top) {
        long decade = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (top <= 5 * m * decade) {
                    return m * decade;
                }
            }
            decade *= 10;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
