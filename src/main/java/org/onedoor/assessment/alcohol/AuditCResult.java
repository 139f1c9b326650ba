package org.onedoor.assessment.alcohol;

/**
 * A scored AUDIT-C (domain-reference §7.2). The UK rule: a score of 5 or more is <em>positive</em> and the next step is
 * {@link NextStep#COMPLETE_FULL_AUDIT}; under 5 is negative and gets {@link RecommendedResponse#NONE_FEEDBACK}.
 *
 * <p>Bands (UK, marked unverified in the domain reference): 0-4 lower risk, 5-7 increasing, 8-10 higher, 11-12
 * possible dependence. The recommended response follows the band ({@link RiskBand}): 5-7 brief advice, 8-10 extended
 * brief intervention, 11-12 specialist assessment. For a positive screen that response is provisional: the full AUDIT
 * decides it.
 */
public record AuditCResult(AuditCAnswers answers) implements AlcoholScreeningResult {

    /** AUDIT-C is positive from this score (UK rule; the US cut-offs by sex are not used). */
    public static final int POSITIVE_FROM = 5;

    public static final int MAXIMUM_SCORE = 12;

    @Override
    public int score() {
        return answers.score();
    }

    @Override
    public int maximumScore() {
        return MAXIMUM_SCORE;
    }

    public RiskBand band() {
        return RiskBand.forAuditC(score());
    }

    public boolean positive() {
        return score() >= POSITIVE_FROM;
    }

    @Override
    public RecommendedResponse recommendedResponse() {
        return band().recommendedResponse();
    }

    @Override
    public NextStep nextStep() {
        return positive() ? NextStep.COMPLETE_FULL_AUDIT : NextStep.NONE;
    }

    /** For example "AUDIT-C score 6 of 12: increasing risk. Positive (5 or more): complete the full AUDIT." */
    @Override
    public String explanation() {
        String head = "AUDIT-C score " + score() + " of " + MAXIMUM_SCORE + ": " + band().label() + ". ";
        return head
                + (positive()
                        ? "Positive (5 or more): complete the full AUDIT."
                        : "Negative (under 5): " + RecommendedResponse.NONE_FEEDBACK.phrase() + ".");
    }
}
