package org.onedoor.treatment.careplan;

/** Where a care-plan goal has got to. */
public enum GoalStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    ACHIEVED("Achieved"),
    NO_LONGER_RELEVANT("No longer relevant");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A goal still being worked on, so it needs reviewing. */
    public boolean active() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
