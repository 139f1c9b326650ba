package org.onedoor.partnership;

/** The kinds of member a partnership has. GP practices are the only kind identified by an ODS practice code. */
public enum OrganisationType {
    COUNCIL_COMMISSIONER("Commissioner (council public health)"),
    ICB_COMMISSIONER("Commissioner (integrated care board)"),
    LEAD_PROVIDER("Lead provider"),
    PARTNER_PROVIDER("Partner provider"),
    GP_PRACTICE("GP practice"),
    VENUE("Community venue or site");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPractice() {
        return this == GP_PRACTICE;
    }

    /** A provider of treatment (lead or partner): it may hold an ODS code, its NDTMS agency code. */
    public boolean isProvider() {
        return this == LEAD_PROVIDER || this == PARTNER_PROVIDER;
    }

    public boolean isCommissioner() {
        return this == COUNCIL_COMMISSIONER || this == ICB_COMMISSIONER;
    }
}
