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
    CONTROL_CHARACTER,
    /** The client is under 18 on the referral date: not in the adult set (a warning: the record still loads). */
    UNDER_18(true),
    /** The date of birth is before 1903. */
    BORN_BEFORE_1903,
    /** The date of birth is after the referral date. */
    BORN_AFTER_REFERRAL,
    /** The triage date is before the referral date. */
    TRIAGED_BEFORE_REFERRAL,
    /** An intervention end ({@code MODEND}) without its exit ({@code MODEXIT}). */
    END_WITHOUT_EXIT,
    /** An intervention exit ({@code MODEXIT}) without its end ({@code MODEND}). */
    EXIT_WITHOUT_END,
    /** An intervention end without its start. */
    END_WITHOUT_START,
    /** An intervention starts before the client was referred to it. */
    STARTED_BEFORE_REFERRAL,
    /** A first appointment is offered before the client was referred to the intervention. */
    OFFERED_BEFORE_REFERRAL,
    /** An intervention ends before it starts. */
    ENDED_BEFORE_START,
    /** The episode is discharged before an intervention of it ends. */
    DISCHARGED_BEFORE_END,
    /** A discharge date without a discharge reason. */
    DISCHARGE_WITHOUT_REASON,
    /** A discharge reason without a discharge date. */
    REASON_WITHOUT_DISCHARGE,
    /** A date after today. */
    FUTURE_DATE,
    /** A second or third substance repeats the main one. */
    REPEATED_DRUG;

    private final boolean warning;

    NdtmsRule() {
        this(false);
    }

    NdtmsRule(boolean warning) {
        this.warning = warning;
    }

    /** Whether a problem of this rule is only a warning: reported, but the file still loads. */
    public boolean warning() {
        return warning;
    }

    /** The key of this problem's words in {@code messages.properties}. */
    public String messageKey() {
        return "ndtms.problem." + name();
    }
}
