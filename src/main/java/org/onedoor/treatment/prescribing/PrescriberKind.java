package org.onedoor.treatment.prescribing;

/** Who prescribes: a GP practice in shared care, or a specialist prescriber of a provider. */
public enum PrescriberKind {
    GP_PRACTICE("GP practice in shared care"),
    SPECIALIST("Specialist prescriber");

    private final String label;

    PrescriberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
