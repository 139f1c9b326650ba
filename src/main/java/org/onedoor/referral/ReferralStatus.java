package org.onedoor.referral;

/** Where a referral stands in the single point of contact. */
public enum ReferralStatus {
    RECEIVED("Waiting for triage"),
    TRIAGED("Triaged"),
    ALLOCATED("Allocated, awaiting acceptance"),
    ACCEPTED("Accepted"),
    RETURNED("Returned to the SPOC"),
    CLOSED("Closed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != ACCEPTED && this != CLOSED;
    }
}
