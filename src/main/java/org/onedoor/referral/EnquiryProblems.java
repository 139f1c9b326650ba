package org.onedoor.referral;

import java.util.List;

import org.onedoor.shared.FieldProblems;

/** Every problem with an enquiry (or with voiding one), thrown together; nothing is saved. */
public class EnquiryProblems extends FieldProblems {

    EnquiryProblems(List<FieldProblem> problems) {
        super("ENQUIRY_INVALID", "enquiry", problems);
    }

    /** Collects an enquiry's problems field by field. */
    static final class Collector extends FieldProblems.Collector {

        Collector() {
            super(EnquiryProblems::new);
        }
    }
}
