package org.onedoor.treatment.prescribing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A review of a course: when, by whom, what was decided and when the next one is due. */
public record CourseReview(
        @Nullable LocalDate reviewedOn,
        @Nullable String reviewer,
        @Nullable String outcome,
        @Nullable LocalDate nextReviewOn) {}
