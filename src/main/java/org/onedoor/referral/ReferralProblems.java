package org.onedoor.referral;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with a referral, thrown together; nothing is saved. */
public class ReferralProblems extends FieldProblems {

    ReferralProblems(List<FieldProblem> problems) {
        super("REFERRAL_INVALID", "referral", problems);
    }

    /** Collects a referral's problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(ReferralProblems::new);
        }
    }
}
