package org.onedoor.contract.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the contract screens' SVG bar charts. */
class BarChartTest {

    private static final double PLOT = BarChart.plotHeight();

    @Test
    void barHeightsAreProportionalToTheValuesFromTheZeroLine() {
        BarChart chart = BarChart.grouped(
                "Models by month",
                List.of("Apr", "May"),
                List.of(series("Legacy", "1000.00", "3000.00"), series("NEL", "2000.00", "500.00")));

        // 3,000 is the largest: the axis runs to 3,000 in steps of 1,000 (range 3,000 / 5 = 600, rounded up to 1,000)
        List<BarChart.Bar> bars = chart.bars();
        assertThat(bars).hasSize(4);
        double perPound = PLOT / 3000;
        double[] pounds = {1000, 2000, 3000, 500};
        for (int i = 0; i < pounds.length; i++) {
            assertThat(bars.get(i).height()).isCloseTo(pounds[i] * perPound, within(0.06));
        }
        for (BarChart.Bar bar : bars) {
            assertThat(bar.y() + bar.height()).isCloseTo(chart.zero(), within(0.11));
        }
        assertThat(chart.zero()).isEqualTo(BarChart.HEIGHT - BarChart.BOTTOM);
        assertThat(bars.get(0).text()).isEqualTo("Legacy, Apr: £1,000.00");
        assertThat(bars.get(1).x()).isGreaterThan(bars.get(0).x());
        assertThat(bars.get(2).x()).isGreaterThan(bars.get(1).x() + bars.get(1).width());
    }

    @Test
    void ticksAreRoundNumbersFromZeroToAtLeastTheLargestValue() {
        BarChart chart = BarChart.grouped(
                "Yearly", List.of("2016/17"), List.of(series("NEL", "104800.00"), series("Legacy", "106320.00")));

        assertThat(chart.ticks())
                .extracting(BarChart.Tick::label)
                .containsExactly("£0", "£50,000", "£100,000", "£150,000");
        assertThat(chart.ticks().get(0).y()).isEqualTo(chart.zero());
        assertThat(chart.ticks().get(3).y()).isEqualTo(BarChart.TOP);
        assertThat(AxisScale.niceStep(new BigDecimal("0.16"))).isEqualByComparingTo("0.2");
        assertThat(AxisScale.niceStep(new BigDecimal("2100"))).isEqualByComparingTo("5000");
        assertThat(AxisScale.niceStep(new BigDecimal("10"))).isEqualByComparingTo("10");
        assertThat(AxisScale.of(BigDecimal.ZERO, new BigDecimal("9843.75")).ticks())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0", "2000", "4000", "6000", "8000", "10000");
    }

    @Test
    void allZeroOrNoCategoriesDrawsAnEmptyAxisWithoutDividingByZero() {
        BarChart zeros =
                BarChart.grouped("Nothing paid", List.of("Apr", "May"), List.of(series("Paid", "0.00", "0.00")));
        assertThat(zeros.bars()).extracting(BarChart.Bar::height).containsOnly(0.0);
        assertThat(zeros.ticks()).extracting(BarChart.Tick::label).containsExactly("£0");
        assertThat(zeros.summary()).isEqualTo("Nothing paid. Paid £0.00 in all, highest £0.00 (Apr).");

        BarChart empty = BarChart.grouped("No months", List.of(), List.of());
        assertThat(empty.bars()).isEmpty();
        assertThat(empty.categories()).isEmpty();
        assertThat(empty.summary()).isEqualTo("No months.");
        assertThatThrownBy(() -> BarChart.grouped("x", List.of("Apr"), List.of(series("Paid", "1.00", "2.00"))))
                .hasMessageContaining("has 2 values for 1 categories");
    }

    @Test
    void stackedBarsSitOnEachOtherAndTheReferenceLineIsPlacedOnTheSameScale() {
        BarChart chart = BarChart.stacked(
                "Paid by month",
                List.of("Apr", "May"),
                List.of(series("Approved", "6000.00", "0.00"), series("Not yet approved", "0.00", "4000.00")),
                new BigDecimal("8000.00"),
                "Committed a month");

        BarChart.Bar april = chart.bars().get(0);
        BarChart.Bar mayDraft = chart.bars().get(3);
        assertThat(april.x()).isEqualTo(chart.bars().get(1).x());
        assertThat(april.height()).isCloseTo(PLOT * 6000 / 8000, within(0.11));
        assertThat(mayDraft.height()).isCloseTo(PLOT * 4000 / 8000, within(0.11));
        assertThat(chart.line()).isNotNull();
        assertThat(chart.line().y()).isEqualTo(BarChart.TOP);
        assertThat(chart.summary()).endsWith("Committed a month: £8,000.00.");
    }

    @Test
    void negativeValuesHangBelowAZeroLineInsideThePlot() {
        BarChart chart =
                BarChart.grouped("Adjusted", List.of("Apr", "May"), List.of(series("Paid", "-100.00", "300.00")));

        assertThat(chart.ticks())
                .extracting(BarChart.Tick::label)
                .containsExactly("−£100", "£0", "£100", "£200", "£300");
        BarChart.Bar april = chart.bars().get(0);
        assertThat(april.y()).isEqualTo(chart.zero());
        assertThat(april.height()).isCloseTo(PLOT / 4, within(0.11));
    }

    private static BarChart.Series series(String name, String... values) {
        return new BarChart.Series(
                name, "#1d70b8", List.of(values).stream().map(BigDecimal::new).toList());
    }
}
