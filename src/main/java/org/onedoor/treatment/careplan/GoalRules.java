package org.onedoor.treatment.careplan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/**
 * The rules of a care-plan goal and its reviews, one set for a worker's change ({@link CarePlans}) and for history
 * ({@link CarePlanImport}): a goal in a known area of life, with its text (at most 2,000 characters) and a target
 * date; a review dated between the day the goal was set and today, with a summary, the status it leaves, and when
 * an active goal is next reviewed (after this review).
 */
final class GoalRules {

    private GoalRules() {}

    /** The goal's area (null when not a known one) and its text; returns the text tidied (empty when none). */
    static String goal(FieldProblems.Collector problems, @Nullable String knownDomain, @Nullable String text) {
        if (knownDomain == null) {
            problems.add("domain", "UNKNOWN_CODE", Messages.text("carePlan.domain.unknownCode"));
        }
        String tidy = text == null ? "" : text.strip();
        if (tidy.isEmpty()) {
            problems.add("text", "REQUIRED", Messages.text("carePlan.text.required"));
        } else if (tidy.length() > 2000) {
            problems.add("text", "TOO_LONG", Messages.text("carePlan.text.tooLong"));
        }
        return tidy;
    }

    static void review(FieldProblems.Collector problems, GoalReview review, LocalDate goalSetOn, LocalDate today) {
        if (review.reviewedOn() == null) {
            problems.add("reviewedOn", "REQUIRED", Messages.text("carePlan.reviewedOn.required"));
        } else if (review.reviewedOn().isAfter(today)) {
            problems.add("reviewedOn", "DATE_IN_FUTURE", Messages.text("carePlan.reviewedOn.dateInFuture"));
        } else if (review.reviewedOn().isBefore(goalSetOn)) {
            problems.add("reviewedOn", "REVIEW_BEFORE_GOAL", Messages.text("carePlan.reviewedOn.reviewBeforeGoal"));
        }
        if (review.summary() == null || review.summary().isBlank()) {
            problems.add("summary", "REQUIRED", Messages.text("carePlan.summary.required"));
        } else if (review.summary().strip().length() > 2000) {
            problems.add("summary", "TOO_LONG", Messages.text("carePlan.summary.tooLong"));
        }
        if (review.status() == null) {
            problems.add("status", "REQUIRED", Messages.text("carePlan.status.required"));
        } else if (review.status().active() && review.nextReviewDue() == null) {
            problems.add("nextReviewDue", "REQUIRED", Messages.text("carePlan.nextReviewDue.required"));
        }
        if (review.nextReviewDue() != null
                && review.reviewedOn() != null
                && !review.nextReviewDue().isAfter(review.reviewedOn())) {
            problems.add(
                    "nextReviewDue",
                    "REVIEW_DUE_BEFORE_REVIEW",
                    Messages.text("carePlan.nextReviewDue.reviewDueBeforeReview"));
        }
    }
}
