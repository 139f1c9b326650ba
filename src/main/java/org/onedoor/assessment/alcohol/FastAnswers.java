package org.onedoor.assessment.alcohol;

import org.jspecify.annotations.Nullable;

/**
 * Answers to FAST, the Fast Alcohol Screening Test, in the UK PHE/OHID order (domain-reference §7.2). Q1, how often 8
 * (men) or 6 (women) units or more at once, takes 0 (never) to 4 (daily or almost daily); Q2 (failed expectations)
 * and Q3 (memory loss) take 0 to 4; Q4 (someone concerned) takes only 0, 2 or 4. An unanswered question is {@code
 * null}.
 *
 * <p>Q1 alone decides when it is 0 or 3 and over, so Q2 to Q4 may then be left out; when Q1 is 1 or 2 they are all
 * needed. Problems are refused with a {@link org.onedoor.shared.DomainRuleViolation} naming the question ({@code
 * fast.q4}): code {@code ANSWER_MISSING} or {@code ANSWER_OUT_OF_RANGE}.
 */
public record FastAnswers(
        @Nullable Integer q1,
        @Nullable Integer q2,
        @Nullable Integer q3,
        @Nullable Integer q4) {

    private static final String UNDECIDED = "needed when question 1 is 1 (less than monthly) or 2 (monthly)";

    public FastAnswers {
        int first = Answers.zeroToFour(Answers.required(q1, field(1), label(1)), field(1), label(1));
        if (q2 != null) {
            Answers.zeroToFour(q2, field(2), label(2));
        }
        if (q3 != null) {
            Answers.zeroToFour(q3, field(3), label(3));
        }
        if (q4 != null) {
            Answers.zeroTwoOrFour(q4, field(4), label(4));
        }
        if (!decidedByQuestionOne(first)) {
            Answers.required(q2, field(2), label(2), UNDECIDED);
            Answers.required(q3, field(3), label(3), UNDECIDED);
            Answers.required(q4, field(4), label(4), UNDECIDED);
        }
    }

    /** 0 to 16; a left-out question counts 0. */
    public int score() {
        return Answers.valueOrZero(q1) + Answers.valueOrZero(q2) + Answers.valueOrZero(q3) + Answers.valueOrZero(q4);
    }

    /** True when Q1 is 0 (negative) or 3 and over (positive), so the other questions need not be asked. */
    public boolean decidedByQuestionOne() {
        return decidedByQuestionOne(Answers.valueOrZero(q1));
    }

    private static boolean decidedByQuestionOne(int q1) {
        return q1 == 0 || q1 >= 3;
    }

    private static String field(int number) {
        return "fast.q" + number;
    }

    private static String label(int number) {
        return "FAST question " + number;
    }
}
