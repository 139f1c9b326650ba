package org.onedoor.shared;

/** Sex as recorded at referral and on the client record (gender identity is recorded separately). */
public enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Other"),
    NOT_STATED("Prefer not to say");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
