package org.onedoor.client;

/**
 * Kinds of sensitive entry that can be sealed from some roles inside the care team. Which roles see each is a
 * setting ({@code onedoor.client.sealed-roles}). The record shows that something is sealed, never what.
 */
public enum SealedCategory {
    BLOOD_BORNE_VIRUS("Blood-borne virus status", true),
    SAFEGUARDING("Safeguarding details", true),
    SEXUAL_HEALTH("Sexual health", true),
    /** Information about someone else: withheld from the client's own subject-access export too. */
    THIRD_PARTY("Third-party information", false);

    private final String label;
    private final boolean inSubjectAccess;

    SealedCategory(String label, boolean inSubjectAccess) {
        this.label = label;
        this.inSubjectAccess = inSubjectAccess;
    }

    public String label() {
        return label;
    }

    /** Whether the client's own subject-access export includes entries sealed this way. */
    public boolean inSubjectAccess() {
        return inSubjectAccess;
    }
}
