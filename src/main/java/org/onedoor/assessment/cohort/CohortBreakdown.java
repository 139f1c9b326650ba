package org.onedoor.assessment.cohort;

/** What the cohorts are: one row per team or practice that made the start record, per partner, or per group. */
public enum CohortBreakdown {
    ORGANISATION("Team or practice"),
    PARTNER("Partner"),
    SUBSTANCE_GROUP("Substance group");

    private final String label;

    CohortBreakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
