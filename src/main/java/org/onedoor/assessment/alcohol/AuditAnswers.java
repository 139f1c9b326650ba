package org.onedoor.assessment.alcohol;

import org.jspecify.annotations.Nullable;

/**
 * Answers to the WHO AUDIT, ten items (domain-reference §7.1). Items 1 to 8 take 0 to 4; items 9 (injury) and 10
 * (someone concerned) take only 0, 2 or 4. An unanswered item is {@code null}.
 *
 * <p>Completeness: items 1-3, 9 and 10 are always needed. Items 4-8 may be left out when item 1 is 0 or items 2 and 3
 * add up to 0 (the WHO shortcut); a left-out item counts 0. Otherwise all ten are needed. Problems are refused with a
 * {@link org.onedoor.shared.DomainRuleViolation} naming the item ({@code audit.item9}): code {@code ANSWER_MISSING}
 * or {@code ANSWER_OUT_OF_RANGE}.
 */
public record AuditAnswers(
        @Nullable Integer item1,
        @Nullable Integer item2,
        @Nullable Integer item3,
        @Nullable Integer item4,
        @Nullable Integer item5,
        @Nullable Integer item6,
        @Nullable Integer item7,
        @Nullable Integer item8,
        @Nullable Integer item9,
        @Nullable Integer item10) {

    private static final String SHORTCUT =
            "items 4 to 8 may be left out only when item 1 is 0 or items 2 and 3 add up to 0";

    public AuditAnswers {
        Integer[] items = {item1, item2, item3, item4, item5, item6, item7, item8, item9, item10};
        for (int number : new int[] {1, 2, 3, 9, 10}) {
            Answers.required(items[number - 1], field(number), label(number));
        }
        for (int number = 1; number <= 10; number++) {
            Integer answer = items[number - 1];
            if (answer != null && number <= 8) {
                Answers.zeroToFour(answer, field(number), label(number));
            } else if (answer != null) {
                Answers.zeroTwoOrFour(answer, field(number), label(number));
            }
        }
        boolean shortcut =
                Answers.valueOrZero(item1) == 0 || Answers.valueOrZero(item2) + Answers.valueOrZero(item3) == 0;
        for (int number = 4; number <= 8 && !shortcut; number++) {
            Answers.required(items[number - 1], field(number), label(number), SHORTCUT);
        }
    }

    /** 0 to 40; a left-out item counts 0. */
    public int score() {
        int sum = 0;
        for (Integer answer : new Integer[] {item1, item2, item3, item4, item5, item6, item7, item8, item9, item10}) {
            sum += Answers.valueOrZero(answer);
        }
        return sum;
    }

    /** Items 1 to 3, which are the AUDIT-C. */
    public AuditCAnswers auditC() {
        return new AuditCAnswers(Answers.valueOrZero(item1), Answers.valueOrZero(item2), Answers.valueOrZero(item3));
    }

    private static String field(int number) {
        return "audit.item" + number;
    }

    private static String label(int number) {
        return "AUDIT item " + number;
    }
}
