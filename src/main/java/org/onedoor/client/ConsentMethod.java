package org.onedoor.client;

/** How the consent decision was taken. */
public enum ConsentMethod {
    VERBAL("Verbally"),
    WRITTEN("In writing (signed form)"),
    ELECTRONIC("Electronically"),
    BEST_INTERESTS("Best-interests decision (client lacks capacity)");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
