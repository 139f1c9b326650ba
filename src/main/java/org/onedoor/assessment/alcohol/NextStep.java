package org.onedoor.assessment.alcohol;

/** Whether a short screen should be followed by the full questionnaire (domain-reference §7.2). */
public enum NextStep {
    NONE("No further alcohol screening needed"),
    COMPLETE_FULL_AUDIT("Complete the full AUDIT");

    private final String label;

    NextStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
