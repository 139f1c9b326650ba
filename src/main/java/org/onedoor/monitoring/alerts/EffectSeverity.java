package org.onedoor.monitoring.alerts;

/** How serious the reported reaction was, as the reporter judged it. A closed set: the form offers it as radios. */
public enum EffectSeverity {
    MILD("Mild: no treatment needed"),
    MODERATE("Moderate: needed treatment or first aid"),
    SEVERE("Severe: hospital care"),
    LIFE_THREATENING("Life-threatening"),
    FATAL("Fatal");

    private final String label;

    EffectSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
