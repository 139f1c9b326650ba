package org.onedoor.treatment.careplan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated review of one goal: what was said, where the goal now stands and when to look at it again. */
public record GoalReview(
        @Nullable LocalDate reviewedOn,
        @Nullable String summary,
        @Nullable GoalStatus status,
        @Nullable LocalDate nextReviewDue,
        int version) {}
