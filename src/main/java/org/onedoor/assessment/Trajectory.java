package org.onedoor.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.assessment.instrument.OutcomeStage;

/**
 * A client's final outcome scores over time, one series per charted score of each instrument (TOP and AOR days used
 * and ratings, PHQ-9, GAD-7, SADQ, the holistic domains, BMI and blood pressure), oldest point first.
 */
public record Trajectory(List<Series> series) {

    /** One score of one instrument over time, with its range (for the chart's axis) and what higher means. */
    public record Series(
            String instrument,
            String instrumentTitle,
            String score,
            String label,
            BigDecimal min,
            BigDecimal max,
            List<Point> points) {

        /** Every point is 0: a substance never used, days never worked, nothing to chart. */
        public boolean zeroThroughout() {
            return points.stream().allMatch(p -> p.value().signum() == 0);
        }
    }

    public record Point(
            LocalDate on,
            @Nullable OutcomeStage stage,
            BigDecimal value,
            @Nullable String band) {}

    /** The series of one instrument, in the order its definition lists its scores. */
    public List<Series> of(String instrument) {
        return series.stream().filter(s -> s.instrument().equals(instrument)).toList();
    }
}
