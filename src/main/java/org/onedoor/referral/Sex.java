package org.onedoor.referral;

/** Sex as recorded at referral (gender identity is recorded on the client record). */
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
