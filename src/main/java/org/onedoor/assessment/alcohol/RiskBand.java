package org.onedoor.assessment.alcohol;

/**
 * The UK risk bands shared by AUDIT and AUDIT-C (domain-reference §7.1 and §7.2), each with its recommended response.
 *
 * <table>
 * <caption>Bands by score</caption>
 * <tr><th>Band</th><th>AUDIT (0-40)</th><th>AUDIT-C (0-12)</th><th>Response</th></tr>
 * <tr><td>lower risk</td><td>0-7</td><td>0-4</td><td>positive feedback</td></tr>
 * <tr><td>increasing risk</td><td>8-15</td><td>5-7</td><td>brief advice</td></tr>
 * <tr><td>higher risk</td><td>16-19</td><td>8-10</td><td>extended brief intervention</td></tr>
 * <tr><td>possible dependence</td><td>20-40</td><td>11-12</td><td>specialist assessment</td></tr>
 * </table>
 *
 * The AUDIT bands are the WHO zones I-IV with UK labels. The AUDIT-C bands are marked unverified (M) in the domain
 * reference; only its "5 or more is positive" rule is authoritative, so its response is provisional until the full
 * AUDIT is done.
 */
public enum RiskBand {
    LOWER_RISK("lower risk", RecommendedResponse.NONE_FEEDBACK),
    INCREASING_RISK("increasing risk", RecommendedResponse.BRIEF_ADVICE),
    HIGHER_RISK("higher risk", RecommendedResponse.EXTENDED_BRIEF_INTERVENTION),
    POSSIBLE_DEPENDENCE("possible dependence", RecommendedResponse.SPECIALIST_ASSESSMENT);

    private final String label;
    private final RecommendedResponse response;

    RiskBand(String label, RecommendedResponse response) {
        this.label = label;
        this.response = response;
    }

    public String label() {
        return label;
    }

    public RecommendedResponse recommendedResponse() {
        return response;
    }

    static RiskBand forAudit(int score) {
        return score <= 7
                ? LOWER_RISK
                : score <= 15 ? INCREASING_RISK : score <= 19 ? HIGHER_RISK : POSSIBLE_DEPENDENCE;
    }

    static RiskBand forAuditC(int score) {
        return score <= 4 ? LOWER_RISK : score <= 7 ? INCREASING_RISK : score <= 10 ? HIGHER_RISK : POSSIBLE_DEPENDENCE;
    }
}
