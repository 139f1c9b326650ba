package org.onedoor.client;

/**
 * What a consent decision covers: one purpose and class of recipient each (domain reference 9). Access and exports
 * branch on these: DIRECT_CARE and GP_SHARING in {@link AccessPolicy} (partner and shared-care members of the care
 * team), FAMILY_CARER in family support, NDTMS and CRIMINAL_JUSTICE through {@link ConsentQuery}'s predicates.
 */
public enum ConsentPurpose {
    DIRECT_CARE("Direct care within the partnership", "share with partners"),
    GP_SHARING("Sharing with the GP practice", "share with the GP practice"),
    NDTMS("NDTMS national submission", "submit to NDTMS"),
    FAMILY_CARER("Family or carer involvement", "involve family or carers"),
    CRIMINAL_JUSTICE("Criminal-justice partners", "share with criminal-justice partners");

    private final String label;
    private final String action;

    ConsentPurpose(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** The purpose as a verb phrase: "consent to share with partners withdrawn on 3 May 2026". */
    public String action() {
        return action;
    }
}
