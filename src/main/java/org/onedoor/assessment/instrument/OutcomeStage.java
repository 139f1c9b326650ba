package org.onedoor.assessment.instrument;

/** When in treatment an outcome record was made (TOP stages; NDTMS codes probably S, R, E and P, unconfirmed). */
public enum OutcomeStage {
    START("Start"),
    REVIEW("Review"),
    EXIT("Exit"),
    POST_TREATMENT_EXIT("Post-treatment exit");

    private final String label;

    OutcomeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
