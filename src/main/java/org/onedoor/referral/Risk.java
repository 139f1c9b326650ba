package org.onedoor.referral;

/** Risks recorded at intake. Which of them make a referral urgent is a setting ({@code onedoor.referral.urgent-risks}). */
public enum Risk {
    INJECTING("Injecting drugs"),
    RECENT_OVERDOSE("Recent overdose"),
    PREGNANCY("Pregnant"),
    CHILDREN_IN_HOUSEHOLD("Children in the household"),
    SAFEGUARDING_CONCERN("Safeguarding concern"),
    DOMESTIC_ABUSE("Domestic abuse"),
    MENTAL_HEALTH_CRISIS("Mental-health crisis"),
    NO_FIXED_ABODE("No fixed abode");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
