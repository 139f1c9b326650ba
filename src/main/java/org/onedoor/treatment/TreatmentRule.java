package org.onedoor.treatment;

import org.onedoor.shared.FieldProblems;

/** The codes of the treatment rules, as errors carry them (stable strings for the API and tests). */
final class TreatmentRule {

    /** Every problem with a treatment change, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("TREATMENT_INVALID", "treatment record");

    static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    static final String TRIAGE_BEFORE_REFERRAL = "TRIAGE_BEFORE_REFERRAL";
    static final String CARE_PLAN_BEFORE_TRIAGE = "CARE_PLAN_BEFORE_TRIAGE";
    static final String SECOND_OPEN_EPISODE = "SECOND_OPEN_EPISODE";
    static final String EPISODE_CLOSED = "EPISODE_CLOSED";
    static final String INTERVENTION_REFERRED_BEFORE_EPISODE = "INTERVENTION_REFERRED_BEFORE_EPISODE";
    static final String OFFER_BEFORE_REFERRAL = "OFFER_BEFORE_REFERRAL";
    static final String START_BEFORE_REFERRAL = "START_BEFORE_REFERRAL";
    static final String ALREADY_STARTED = "ALREADY_STARTED";
    static final String ALREADY_ENDED = "ALREADY_ENDED";
    static final String END_BEFORE_START = "END_BEFORE_START";
    static final String NEVER_STARTED = "NEVER_STARTED";
    static final String SUB_BEFORE_START = "SUB_BEFORE_START";
    static final String SUB_AFTER_END = "SUB_AFTER_END";
    static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    static final String OPEN_INTERVENTIONS = "OPEN_INTERVENTIONS";
    static final String DISCHARGE_BEFORE_LAST_END = "DISCHARGE_BEFORE_LAST_END";
    static final String DISCHARGE_BEFORE_TRIAGE = "DISCHARGE_BEFORE_TRIAGE";
    static final String TRANSFER_NEEDS_PROVIDER = "TRANSFER_NEEDS_PROVIDER";

    private TreatmentRule() {}
}
