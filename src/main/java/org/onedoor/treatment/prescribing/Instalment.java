package org.onedoor.treatment.prescribing;

/** How often the client collects their medicine from the pharmacy. */
public enum Instalment {
    DAILY("Daily"),
    TWO_THREE_WEEKLY("2 to 3 times a week"),
    WEEKLY("Weekly");

    private final String label;

    Instalment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
