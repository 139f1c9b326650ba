package org.onedoor.assessment;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When outcome records are due (issue 16 item 2), written at start-up into {@code assessment_schedule_setting} so
 * that the {@code report_outcome_due} view applies them.
 *
 * @param startWindowDays     the start TOP/AOR, PHQ-9 and GAD-7 are due within this many days of the care-plan start
 * @param reviewMonths        a review is due this many months after the latest start or review record
 * @param reviewToleranceDays a review is due from this many days before that date and overdue this many days after
 *                            it (domain reference section 6: about six weeks)
 * @param moodReviewFrom      PHQ-9 and GAD-7 are reviewed only when the start total was at least this ("mild": 5)
 */
@Validated
@ConfigurationProperties("onedoor.assessment")
public record AssessmentSettings(
        @DefaultValue("28") @Min(0) int startWindowDays,
        @DefaultValue("6") @Min(1) int reviewMonths,
        @DefaultValue("42") @Min(0) int reviewToleranceDays,
        @DefaultValue("5") @Min(0) int moodReviewFrom) {}
