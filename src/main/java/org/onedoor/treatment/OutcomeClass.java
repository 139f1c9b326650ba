package org.onedoor.treatment;

/**
 * The category of a discharge reason: the stable thing code branches on (domain reference §4.2), while the reason
 * codes themselves are configuration data.
 */
public enum OutcomeClass {
    SUCCESSFUL("Successful completion"),
    TRANSFER("Transfer"),
    UNSUCCESSFUL("Unsuccessful"),
    NEUTRAL("Neutral (retained in custody)"),
    DIED("Client died");

    private final String label;

    OutcomeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
