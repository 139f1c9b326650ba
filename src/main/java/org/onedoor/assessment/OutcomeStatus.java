package org.onedoor.assessment;

/** A draft is never scored or counted; a final record is; a voided one was entered in error and counts no more. */
public enum OutcomeStatus {
    DRAFT("Draft"),
    FINAL("Final"),
    VOIDED("Voided");

    private final String label;

    OutcomeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
