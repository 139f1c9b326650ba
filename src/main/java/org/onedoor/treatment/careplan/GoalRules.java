package org.onedoor.treatment.careplan;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.onedoor.shared.FieldProblems;

/**
 * The rules of a care-plan goal and its reviews, one set for a worker's change ({@link CarePlans}) and for history
 * ({@link CarePlanImport}): a goal in a known area of life, with its text (at most 2,000 characters) and a target
 * date; a review dated between the day the goal was set and today, with a summary, the status it leaves, and when
 * an active goal is next reviewed (after this review).
 */
final class GoalRules {

    private GoalRules() {
    }

    /** The goal's area (null when not a known one) and its text; returns the text tidied (empty when none). */
    static String goal(FieldProblems.Collector problems, @Nullable String knownDomain, @Nullable String text) {
        if (knownDomain == null) {
            problems.add("domain", "UNKNOWN_CODE", "Choose the area of the client's life the goal is about");
        }
        String tidy = text == null ? "" : text.strip();
        if (tidy.isEmpty()) {
            problems.add("text", "REQUIRED", "Enter the goal");
        } else if (tidy.length() > 2000) {
            problems.add("text", "TOO_LONG", "The goal must be 2,000 characters or fewer");
        }
        return tidy;
    }

    static void review(FieldProblems.Collector problems, GoalReview review, LocalDate goalSetOn, LocalDate today) {
        if (review.reviewedOn() == null) {
            problems.add("reviewedOn", "REQUIRED", "Enter the date of the review");
        } else if (review.reviewedOn().isAfter(today)) {
            problems.add("reviewedOn", "DATE_IN_FUTURE", "The date of the review must be today or in the past");
        } else if (review.reviewedOn().isBefore(goalSetOn)) {
            problems.add("reviewedOn", "REVIEW_BEFORE_GOAL", "The review cannot be before the goal was set");
        }
        if (review.summary() == null || review.summary().isBlank()) {
            problems.add("summary", "REQUIRED", "Enter a summary of the review");
        } else if (review.summary().strip().length() > 2000) {
            problems.add("summary", "TOO_LONG", "The summary must be 2,000 characters or fewer");
        }
        if (review.status() == null) {
            problems.add("status", "REQUIRED", "Choose where the goal now stands");
        } else if (review.status().active() && review.nextReviewDue() == null) {
            problems.add("nextReviewDue", "REQUIRED", "Enter when the goal is next to be reviewed");
        }
        if (review.nextReviewDue() != null && review.reviewedOn() != null
                && !review.nextReviewDue().isAfter(review.reviewedOn())) {
            problems.add("nextReviewDue", "REVIEW_DUE_BEFORE_REVIEW", "The next review must be after this review");
        }
    }
}
