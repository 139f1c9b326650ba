package org.onedoor.assessment.alcohol;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;

/** Checks single questionnaire answers and names the field at fault, so a form can show the message beside it. */
final class Answers {

    static final String OUT_OF_RANGE = "ANSWER_OUT_OF_RANGE";
    static final String MISSING = "ANSWER_MISSING";

    private Answers() {}

    /** Refuses an answer outside 0 to 4. */
    static int zeroToFour(int answer, String field, String label) {
        if (answer < 0 || answer > 4) {
            throw new DomainRuleViolation(
                    OUT_OF_RANGE, field, Messages.text("assessment.answer.zeroToFour", label, answer));
        }
        return answer;
    }

    /** Refuses anything but 0, 2 or 4 (the "no / yes, but not in the last year / yes, in the last year" items). */
    static int zeroTwoOrFour(int answer, String field, String label) {
        if (answer != 0 && answer != 2 && answer != 4) {
            throw new DomainRuleViolation(
                    OUT_OF_RANGE, field, Messages.text("assessment.answer.zeroTwoOrFour", label, answer));
        }
        return answer;
    }

    /** Refuses an absent answer that the questionnaire needs. */
    static int required(@Nullable Integer answer, String field, String label) {
        if (answer == null) {
            throw new DomainRuleViolation(MISSING, field, Messages.text("assessment.answer.required", label));
        }
        return answer;
    }

    /** Refuses an absent answer, with the reason it is needed. */
    static int required(@Nullable Integer answer, String field, String label, String because) {
        if (answer == null) {
            throw new DomainRuleViolation(
                    MISSING, field, Messages.text("assessment.answer.requiredBecause", label, because));
        }
        return answer;
    }

    static int valueOrZero(@Nullable Integer answer) {
        return answer == null ? 0 : answer;
    }
}
