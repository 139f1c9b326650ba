package org.onedoor.client;

/** Which break-glass openings the IG lead's list shows. */
public enum ReviewStatus {
    AWAITING_REVIEW("Awaiting review", "b.reviewed_at is null"),
    REVIEWED("Reviewed", "b.reviewed_at is not null"),
    ALL("All", "1 = 1");

    private final String label;
    private final String condition;

    ReviewStatus(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    /** The SQL condition on {@code client_break_glass b} (a constant: never built from input). */
    String condition() {
        return condition;
    }
}
