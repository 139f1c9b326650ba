package org.onedoor.treatment.careplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.treatment.EpisodeFacts;

/** An episode's care plan as its page shows it: goals (voided ones marked) with their reviews and status history. */
public record CarePlanView(EpisodeFacts.Facts episode, List<Domain> domains, List<Goal> goals) {

    public List<Goal> currentGoals() {
        return goals.stream().filter(g -> !g.voided()).toList();
    }

    /** A goal domain from the code list. */
    public record Domain(String code, String label) {}

    /** One goal. */
    public record Goal(
            UUID id,
            String domain,
            String domainLabel,
            String text,
            LocalDate targetDate,
            GoalStatus status,
            LocalDate setOn,
            LocalDate nextReviewDue,
            int version,
            @Nullable String voidReason,
            List<Review> reviews,
            List<StatusChange> history) {

        public boolean voided() {
            return voidReason != null;
        }

        public boolean reviewOverdue(LocalDate today) {
            return status.active() && nextReviewDue.isBefore(today);
        }
    }

    /** A dated review. */
    public record Review(
            LocalDate reviewedOn,
            String summary,
            GoalStatus status,
            @Nullable LocalDate nextReviewDue,
            String by) {}

    /** A status the goal took, and when. */
    public record StatusChange(GoalStatus status, LocalDate on, String by) {}
}
