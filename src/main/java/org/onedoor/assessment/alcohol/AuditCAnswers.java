package org.onedoor.assessment.alcohol;

/**
 * Answers to AUDIT-C, the first three AUDIT items, each scored 0 to 4 (domain-reference §7.2): how often you drink,
 * units on a typical drinking day, and how often 6 (women) or 8 (men) units or more at once. Refuses an answer out of
 * range with a {@link org.onedoor.shared.DomainRuleViolation} naming the item ({@code auditC.item2}).
 */
public record AuditCAnswers(int item1, int item2, int item3) {

    public AuditCAnswers {
        Answers.zeroToFour(item1, "auditC.item1", "AUDIT-C item 1");
        Answers.zeroToFour(item2, "auditC.item2", "AUDIT-C item 2");
        Answers.zeroToFour(item3, "auditC.item3", "AUDIT-C item 3");
    }

    /** 0 to 12. */
    public int score() {
        return item1 + item2 + item3;
    }
}
