package org.onedoor.referral;

/** The four ways into the single point of contact; all land in the same queue. */
public enum Channel {
    PHONE("Phone call"),
    WEB("Web self-referral"),
    PROFESSIONAL("Professional referral"),
    API("Another system (API)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
