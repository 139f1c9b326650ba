package org.onedoor.monitoring.trends;

/** What the trend rule says of a substance in a month. */
enum TrendFlag {
    NEW("New to the area"),
    RISING("Rising"),
    NONE("");

    private final String label;

    TrendFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
