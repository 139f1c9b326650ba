package org.onedoor.treatment.appointments;

/** How an appointment is held. */
public enum AppointmentKind {
    ONE_TO_ONE("One-to-one"),
    GROUP("Group"),
    TELEPHONE("Telephone"),
    VIDEO("Video"),
    HOME_VISIT("Home visit");

    private final String label;

    AppointmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
