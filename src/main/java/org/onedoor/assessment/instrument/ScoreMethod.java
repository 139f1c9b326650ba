package org.onedoor.assessment.instrument;

/**
 * How a score is worked out from its items. SUM, SUM_OF_WEEKS and BMI are generic; AUDIT, AUDIT_C and FAST hand the
 * answers to {@link org.onedoor.assessment.alcohol.AlcoholScreening}, the one alcohol scorer, whose bands they keep.
 */
public enum ScoreMethod {
    /** The items' numbers added up (a single item gives its own value, such as a 0-20 rating). */
    SUM,
    /** The 28-day totals of WEEKS items added up: days used, days in paid work. */
    SUM_OF_WEEKS,
    /** Body mass index from weight (kg) and height (cm), the two items in that order, to one decimal place. */
    BMI,
    AUDIT,
    AUDIT_C,
    FAST;

    /** Whether the alcohol scorer, not the definition, bands the score. */
    public boolean delegated() {
        return this == AUDIT || this == AUDIT_C || this == FAST;
    }
}
