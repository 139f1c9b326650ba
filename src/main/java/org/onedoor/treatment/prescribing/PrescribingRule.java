package org.onedoor.treatment.prescribing;

import org.onedoor.shared.FieldProblems;

/** The codes of the prescribing rules, as errors carry them (stable strings for the API and tests). */
final class PrescribingRule {

    /** Every problem with a prescribing change, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("PRESCRIBING_INVALID", "prescribing record");

    static final String REQUIRED = "REQUIRED";
    static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    static final String DOSE_OUT_OF_BOUNDS = "DOSE_OUT_OF_BOUNDS";
    static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    static final String SECOND_ACTIVE_COURSE = "SECOND_ACTIVE_COURSE";
    static final String BEFORE_START = "BEFORE_START";
    static final String AFTER_STOP = "AFTER_STOP";
    static final String ALREADY_STOPPED = "ALREADY_STOPPED";
    static final String EPISODE_CLOSED = "EPISODE_CLOSED";
    static final String START_BEFORE_EPISODE = "START_BEFORE_EPISODE";
    static final String NOT_PHARMACOLOGICAL = "NOT_PHARMACOLOGICAL";
    static final String WRONG_PRESCRIBER = "WRONG_PRESCRIBER";
    static final String SUPERVISED_DAYS = "SUPERVISED_DAYS";
    static final String REVIEW_ORDER = "REVIEW_ORDER";

    private PrescribingRule() {}
}
