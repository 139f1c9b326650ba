package org.onedoor.client;

/**
 * Why an organisation is in a client's care team, which decides whether consent is needed for it to see the record
 * ({@link AccessRules}).
 */
public enum CareTeamRole {
    /** Delivers the client's treatment (accepted the referral): its own record, no sharing consent needed. */
    RESPONSIBLE("Responsible for treatment", null),
    /** The single point of contact while it handles an open referral. */
    SPOC("Single point of contact (open referral)", null),
    /** Another provider of the partnership involved in care: needs consent to share with partners. */
    PARTNER("Partner provider", ConsentPurpose.DIRECT_CARE),
    /** The client's registered GP practice in shared care: needs consent to share with the GP. */
    SHARED_CARE("GP practice in shared care", ConsentPurpose.GP_SHARING);

    private final String label;
    private final ConsentPurpose consentNeeded;

    CareTeamRole(String label, ConsentPurpose consentNeeded) {
        this.label = label;
        this.consentNeeded = consentNeeded;
    }

    public String label() {
        return label;
    }

    /** The consent this role's access rests on, or null when it needs none. */
    public @org.jspecify.annotations.Nullable ConsentPurpose consentNeeded() {
        return consentNeeded;
    }
}
