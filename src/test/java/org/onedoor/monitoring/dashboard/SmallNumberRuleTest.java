package org.onedoor.monitoring.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.indicators.IndicatorDefinition;
import org.onedoor.indicators.IndicatorRow;
import org.onedoor.indicators.IndicatorRow.Status;

class SmallNumberRuleTest {

    private static final Map<String, IndicatorDefinition> DEFINITIONS = definitions();

    @Test
    void aSmallGroupIsHiddenWithAnotherSoItCannotBeWorkedOutFromTheTotal() {
        List<FigureRow> figures = SmallNumberRule.figures(inTreatment(3, 10, 12, 20), true, DEFINITIONS);

        assertThat(figures.get(0).value()).isEqualTo("<5");
        assertThat(figures.get(0).plotted()).isNull();
        assertThat(figures.stream().filter(FigureRow::hidden)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(figures.stream().filter(FigureRow::hidden).map(FigureRow::value))
                .contains("[c]");
    }

    @Test
    void theProviderSideSeesEveryCount() {
        List<FigureRow> figures = SmallNumberRule.figures(inTreatment(3, 10, 12, 20), false, DEFINITIONS);

        assertThat(figures).extracting(FigureRow::value).containsExactly("3", "10", "12", "20", "45");
        assertThat(figures).noneMatch(FigureRow::hidden);
    }

    @Test
    void aPercentageOverASmallDenominatorIsHidden() {
        IndicatorRow c19c = new IndicatorRow(
                "C19c",
                "2025-11..2026-10",
                "Alcohol only",
                2L,
                3L,
                new BigDecimal("66.7"),
                BigDecimal.ONE,
                BigDecimal.TEN,
                Status.PROVISIONAL);

        FigureRow figure =
                SmallNumberRule.figures(List.of(c19c), true, DEFINITIONS).get(0);

        assertThat(figure.value()).isEqualTo("[c]");
        assertThat(figure.numerator()).isEqualTo("<5");
        assertThat(figure.interval()).isEmpty();
    }

    private static List<IndicatorRow> inTreatment(long... groups) {
        String[] names = {"Opiate", "Non-opiate only", "Non-opiate and alcohol", "Alcohol only"};
        List<IndicatorRow> rows = new java.util.ArrayList<>();
        long all = 0;
        for (int i = 0; i < groups.length; i++) {
            rows.add(row(names[i], groups[i]));
            all += groups[i];
        }
        rows.add(row("All", all));
        return rows;
    }

    private static IndicatorRow row(String group, long n) {
        return new IndicatorRow(
                "IN_TREATMENT_12M",
                "2025-11..2026-10",
                group,
                n,
                null,
                BigDecimal.valueOf(n),
                null,
                null,
                Status.PROVISIONAL);
    }

    private static Map<String, IndicatorDefinition> definitions() {
        return List.of(
                        definition("IN_TREATMENT_12M", IndicatorDefinition.Measure.COUNT, List.of()),
                        definition(
                                "C19c",
                                IndicatorDefinition.Measure.PERCENT,
                                List.of(ReportingSubstanceGroup.ALCOHOL_ONLY)))
                .stream()
                .collect(Collectors.toMap(IndicatorDefinition::id, Function.identity()));
    }

    private static IndicatorDefinition definition(
            String id, IndicatorDefinition.Measure measure, List<ReportingSubstanceGroup> groups) {
        return new IndicatorDefinition(
                id,
                id + " name",
                IndicatorDefinition.Calculation.IN_TREATMENT,
                groups,
                null,
                null,
                null,
                IndicatorDefinition.PeriodKind.ROLLING,
                measure,
                IndicatorDefinition.Direction.NONE,
                null,
                "counted",
                null,
                "what it is");
    }
}
