package org.onedoor.assessment.alcohol;

/**
 * The one alcohol screening scorer, used by referral triage and by assessments alike (architecture §2): AUDIT-C,
 * the full AUDIT and FAST, scored and banded as in domain-reference §7.1 and §7.2. Pure functions with no state; the
 * answers check themselves when they are made, so scoring never fails.
 *
 * <pre>{@code
 * AuditCResult result = AlcoholScreening.scoreAuditC(new AuditCAnswers(2, 2, 2));
 * result.positive();     // true: 5 or more
 * result.nextStep();     // COMPLETE_FULL_AUDIT
 * result.explanation();  // "AUDIT-C score 6 of 12: increasing risk. Positive (5 or more): complete the full AUDIT."
 * }</pre>
 */
public final class AlcoholScreening {

    private AlcoholScreening() {}

    /** AUDIT-C, 0-12: positive at 5 or more, then complete the full AUDIT. See {@link AuditCResult}. */
    public static AuditCResult scoreAuditC(AuditCAnswers answers) {
        return new AuditCResult(answers);
    }

    /** The full AUDIT, 0-40, banded 0-7, 8-15, 16-19, 20+. See {@link AuditResult}. */
    public static AuditResult scoreAudit(AuditAnswers answers) {
        return new AuditResult(answers);
    }

    /** FAST, 0-16: decided by Q1 when it is 0 or 3 and over, otherwise positive at 3 or more. See {@link FastResult}. */
    public static FastResult scoreFast(FastAnswers answers) {
        return new FastResult(answers);
    }
}
