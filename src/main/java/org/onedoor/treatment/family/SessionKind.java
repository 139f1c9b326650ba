package org.onedoor.treatment.family;

/** How a concerned other's support session was held. */
public enum SessionKind {
    ONE_TO_ONE("One-to-one"),
    GROUP("Group"),
    TELEPHONE("Telephone");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
