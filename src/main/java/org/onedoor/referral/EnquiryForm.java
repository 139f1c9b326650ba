package org.onedoor.referral;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;
import org.onedoor.shared.Messages;

/** The enquiry form as typed: every field is text, so whatever someone typed comes back to them on an error. */
record EnquiryForm(
        @Nullable String topic,
        @Nullable String callerType,
        @Nullable String outcome,
        @Nullable String signpostedTo,
        @Nullable String notes) {

    static EnquiryForm empty() {
        return new EnquiryForm(null, null, null, null, null);
    }

    /** The enquiry, with a typing problem (an unknown caller type) added to {@code problems}. */
    EnquiryLog.NewEnquiry toEnquiry(List<FieldProblem> problems) {
        EnquiryCallerType caller = null;
        if (callerType != null && !callerType.isBlank()) {
            try {
                caller = EnquiryCallerType.valueOf(callerType.strip());
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem(
                        "callerType", "UNKNOWN_CALLER_TYPE", Messages.text("enquiry.callerType.required")));
            }
        }
        return new EnquiryLog.NewEnquiry(topic, caller, outcome, signpostedTo, notes);
    }
}
