package org.onedoor.assessment.cohort;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How cohort outcome measures are defined (issue 16 item 3; domain reference section 6). Every default is the
 * issue's; a commissioner's own definitions are set as {@code onedoor.assessment.cohort.*}.
 *
 * @param reviewWeeks     the 6-month review is the review nearest this many weeks after the start record
 * @param toleranceWeeks  and no further from it than this, either side
 * @param phq9Start       a PHQ-9 start score from which a client counts for reliable improvement
 * @param phq9Fall        the fall from the start score that is a reliable improvement on PHQ-9
 * @param gad7Start       a GAD-7 start score from which a client counts for reliable improvement
 * @param gad7Fall        the fall from the start score that is a reliable improvement on GAD-7
 * @param smallNumber     counts from 1 up to this one below are shown as suppressed
 */
@Validated
@ConfigurationProperties("onedoor.assessment.cohort")
public record CohortSettings(
        @DefaultValue("26") @Min(1) int reviewWeeks,
        @DefaultValue("6") @Min(0) int toleranceWeeks,
        @DefaultValue("10") @Min(0) int phq9Start,
        @DefaultValue("6") @Min(1) int phq9Fall,
        @DefaultValue("8") @Min(0) int gad7Start,
        @DefaultValue("4") @Min(1) int gad7Fall,
        @DefaultValue("5") @Min(1) int smallNumber) {

    public static CohortSettings defaults() {
        return new CohortSettings(26, 6, 10, 6, 8, 4, 5);
    }

    int targetDays() {
        return reviewWeeks * 7;
    }

    int earliestDays() {
        return targetDays() - toleranceWeeks * 7;
    }

    int latestDays() {
        return targetDays() + toleranceWeeks * 7;
    }
}
