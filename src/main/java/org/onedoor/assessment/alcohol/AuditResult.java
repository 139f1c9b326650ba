package org.onedoor.assessment.alcohol;

/**
 * A scored WHO AUDIT (domain-reference §7.1). Bands are the WHO zones with UK labels, and the response follows the
 * band ({@link RiskBand}):
 * <ul>
 * <li>0-7 lower risk (zone I): {@link RecommendedResponse#NONE_FEEDBACK}, positive feedback;</li>
 * <li>8-15 increasing risk (zone II): {@link RecommendedResponse#BRIEF_ADVICE};</li>
 * <li>16-19 higher risk (zone III, advice plus brief counselling and monitoring):
 * {@link RecommendedResponse#EXTENDED_BRIEF_INTERVENTION};</li>
 * <li>20-40 possible dependence (zone IV): {@link RecommendedResponse#SPECIALIST_ASSESSMENT}, where dependence is
 * assessed (for example SADQ; NICE CG115).</li>
 * </ul>
 * The UK guidance (OHID, 2020) groups 8-19 as brief advice; OneDoor follows WHO zone III in offering more at 16-19.
 */
public record AuditResult(AuditAnswers answers) implements AlcoholScreeningResult {

    public static final int MAXIMUM_SCORE = 40;

    @Override
    public int score() {
        return answers.score();
    }

    @Override
    public int maximumScore() {
        return MAXIMUM_SCORE;
    }

    public RiskBand band() {
        return RiskBand.forAudit(score());
    }

    @Override
    public RecommendedResponse recommendedResponse() {
        return band().recommendedResponse();
    }

    /** The full AUDIT is the end of alcohol screening; dependence is assessed separately. */
    @Override
    public NextStep nextStep() {
        return NextStep.NONE;
    }

    /** For example "AUDIT score 12 of 40: increasing risk. Recommended response: brief advice." */
    @Override
    public String explanation() {
        return "AUDIT score " + score() + " of " + MAXIMUM_SCORE + ": " + band().label() + ". Recommended response: "
                + recommendedResponse().phrase() + ".";
    }
}
