package org.onedoor.assessment.instrument;

/** How an item is answered, and so how its answer is checked and shown. */
public enum ItemType {
    /** One of the item's options; a numeric option value is also its points. */
    CHOICE,
    /** A whole number from the item's minimum to its maximum (a 0-20 rating, days of 28, units a day). */
    INTEGER,
    /** A number with a decimal point (weight in kg, height in cm, a fibroscan in kPa) within the range. */
    DECIMAL,
    /** Past 28 days as four weekly counts, each 0 to 7, and their total (TOP and AOR). */
    WEEKS,
    /** Yes or no, and "not answered" only where the item allows it (NDTMS {@code NA}). */
    YES_NO,
    /** Words: strengths, needs, a goal, a named substance. */
    TEXT;

    /** Whether the answer is a number that a score can add up. */
    public boolean numeric() {
        return this == CHOICE || this == INTEGER || this == DECIMAL || this == WEEKS;
    }
}
