package org.onedoor.client;

/** Alerts and risk flags shown at the top of a client's record. */
public enum AlertCategory {
    RISK_TO_STAFF("Risk to staff"),
    RISK_TO_SELF("Risk to self"),
    OVERDOSE_RISK("Overdose risk"),
    SAFEGUARDING("Safeguarding"),
    DOMESTIC_ABUSE("Domestic abuse"),
    MEDICAL("Medical"),
    BLOOD_BORNE_VIRUS("Blood-borne virus"),
    COMMUNICATION("Communication needs"),
    OTHER("Other");

    private final String label;

    AlertCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
