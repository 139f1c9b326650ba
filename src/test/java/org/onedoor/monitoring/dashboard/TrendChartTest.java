package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    @Test
    void drawsShownMonthsInProportionAndNoBarForAHiddenOne() {
        TrendChart chart = TrendChart.of("People in treatment", List.of(month("2026-09", "40"), hidden("2026-10")));

        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.bars().get(0).height()).isGreaterThan(0);
        assertThat(chart.bars().get(1).hidden()).isTrue();
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.ticks()).extracting(TrendChart.Tick::label).containsExactly("0", "10", "20", "30", "40");
        assertThat(chart.summary()).isEqualTo("People in treatment, month by month: 2026-09: 40, 2026-10: <5.");
    }

    private static FigureRow month(String month, String value) {
        return new FigureRow(
                "IN_TREATMENT_MONTH",
                "In treatment",
                month + ".." + month,
                "All",
                value,
                value,
                "",
                "",
                "final",
                false,
                new BigDecimal(value));
    }

    private static FigureRow hidden(String month) {
        return new FigureRow(
                "IN_TREATMENT_MONTH",
                "In treatment",
                month + ".." + month,
                "All",
                "<5",
                "<5",
                "",
                "",
                "final",
                true,
                null);
    }
}
