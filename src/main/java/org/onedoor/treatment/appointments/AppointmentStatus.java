package org.onedoor.treatment.appointments;

/** Where an appointment stands: booked, then one of the three outcomes (only ever from booked). */
public enum AppointmentStatus {
    BOOKED("Booked"),
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED("Cancelled");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
