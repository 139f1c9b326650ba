package org.onedoor.client;

/** A client's answer for one purpose. A withdrawal stops future sharing; what was shared before stays lawful. */
public enum ConsentDecision {
    GIVEN("Given"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ConsentDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
