package org.onedoor.treatment.careplan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A goal to add to an episode's care plan. {@code carePlanStartedOn} is needed only for the first goal of an episode
 * whose care plan has not started; {@code nextReviewDue} defaults to the target date.
 */
public record NewGoal(
        @Nullable String domain,
        @Nullable String text,
        @Nullable LocalDate targetDate,
        @Nullable LocalDate nextReviewDue,
        @Nullable LocalDate carePlanStartedOn) {}
