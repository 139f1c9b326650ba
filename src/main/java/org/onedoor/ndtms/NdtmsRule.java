package org.onedoor.ndtms;

/**
 * The codes of the problems an NDTMS file can have, as {@link NdtmsProblem#code()} carries them. Their words are in
 * {@code messages.properties} under {@code ndtms.problem.<code>}.
 */
public enum NdtmsRule {
    /** The file has no header row. */
    EMPTY_FILE,
    /** A column the caller needs is not in the header. */
    MISSING_COLUMN,
    /** The header names a field twice. */
    DUPLICATE_COLUMN,
    /** The text is not well-formed CSV from this line on. */
    MALFORMED_CSV,
    /** A field that must have a value is empty or {@code NA}. */
    MISSING_VALUE,
    /** A date is not a real day written dd/MM/yyyy (or yyyy-MM-dd). */
    NOT_A_DATE,
    /** A number field holds something else. */
    NOT_A_NUMBER,
    /** A coded field holds a code its list does not have. */
    UNKNOWN_CODE,
    /** A value is longer than any NDTMS field allows. */
    TOO_LONG,
    /** A value holds a control character (a line break, tab, NUL …). */
    CONTROL_CHARACTER;

    /** The key of this problem's words in {@code messages.properties}. */
    public String messageKey() {
        return "ndtms.problem." + name();
    }
}
