package org.onedoor.monitoring.waits;

/** How the waiting-times page groups referrals: by the service allocated, or by the client's GP practice. */
enum GroupBy {
    SERVICE("Service"),
    PRACTICE("GP practice");

    private final String label;

    GroupBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
