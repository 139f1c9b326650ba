package org.onedoor.treatment.groupwork;

/** What happened to one enrolled client at one session. */
public enum AttendanceStatus {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED("Cancelled");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
