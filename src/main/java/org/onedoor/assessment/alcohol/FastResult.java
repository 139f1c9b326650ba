package org.onedoor.assessment.alcohol;

/**
 * A scored FAST (domain-reference §7.2). The decision rule: Q1 = 0 is negative; Q1 of 3 or more is positive; otherwise
 * positive when the total of all four questions (Q1 included) is 3 or more.
 *
 * <p>Negative gets {@link RecommendedResponse#NONE_FEEDBACK}. Positive gets {@link RecommendedResponse#BRIEF_ADVICE}
 * with the next step {@link NextStep#COMPLETE_FULL_AUDIT}, whose score then decides the response.
 */
public record FastResult(FastAnswers answers) implements AlcoholScreeningResult {

    /** With Q1 at 1 or 2, FAST is positive from this total. */
    public static final int POSITIVE_FROM = 3;

    public static final int MAXIMUM_SCORE = 16;

    @Override
    public int score() {
        return answers.score();
    }

    @Override
    public int maximumScore() {
        return MAXIMUM_SCORE;
    }

    public boolean positive() {
        int q1 = Answers.valueOrZero(answers.q1());
        return q1 != 0 && (q1 >= 3 || score() >= POSITIVE_FROM);
    }

    @Override
    public RecommendedResponse recommendedResponse() {
        return positive() ? RecommendedResponse.BRIEF_ADVICE : RecommendedResponse.NONE_FEEDBACK;
    }

    @Override
    public NextStep nextStep() {
        return positive() ? NextStep.COMPLETE_FULL_AUDIT : NextStep.NONE;
    }

    /** For example "FAST score 3 of 16: positive (3 or more). Give brief advice and complete the full AUDIT." */
    @Override
    public String explanation() {
        String head;
        if (answers.decidedByQuestionOne()) {
            head = "FAST question 1 answered " + (positive() ? "weekly or more: positive. " : "never: negative. ");
        } else {
            head = "FAST score " + score() + " of " + MAXIMUM_SCORE + ": "
                    + (positive() ? "positive (3 or more). " : "negative (under 3). ");
        }
        return head
                + (positive()
                        ? "Give brief advice and complete the full AUDIT."
                        : RecommendedResponse.NONE_FEEDBACK.label() + ".");
    }
}
