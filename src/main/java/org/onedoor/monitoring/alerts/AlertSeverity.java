package org.onedoor.monitoring.alerts;

/** How an alert is shown: information in blue, a warning in amber, an urgent alert in red. */
public enum AlertSeverity {
    INFORMATION("Information"),
    WARNING("Warning"),
    URGENT("Urgent");

    private final String label;

    AlertSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
