package org.onedoor.assessment.alcohol;

/**
 * What the practitioner should do after a screen, following the UK screening-test guidance (OHID, 2020) summarised in
 * domain-reference §7.1. Each result documents its own mapping; in short, by {@link RiskBand}: lower risk gets positive
 * feedback, increasing risk brief advice, higher risk an extended brief intervention and possible dependence a
 * referral for specialist assessment, where dependence is assessed (for example SADQ; NICE CG115).
 */
public enum RecommendedResponse {
    NONE_FEEDBACK("Positive feedback: lower risk", "positive feedback"),
    BRIEF_ADVICE("Brief advice", "brief advice"),
    EXTENDED_BRIEF_INTERVENTION("Extended brief intervention", "extended brief intervention"),
    SPECIALIST_ASSESSMENT("Consider referral for specialist assessment", "consider referral for specialist assessment");

    private final String label;
    private final String phrase;

    RecommendedResponse(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** The label shown on its own, as in a list or a badge. */
    public String label() {
        return label;
    }

    /** The response in lower case, to sit inside a sentence. */
    public String phrase() {
        return phrase;
    }
}
