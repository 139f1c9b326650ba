package org.onedoor.assessment.alcohol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.shared.DomainRuleViolation;

class AuditScoreTest {

    @ParameterizedTest(name = "score {0}: {1}, {2}")
    @CsvSource({
        " 0, LOWER_RISK,          NONE_FEEDBACK",
        " 7, LOWER_RISK,          NONE_FEEDBACK",
        " 8, INCREASING_RISK,     BRIEF_ADVICE",
        "15, INCREASING_RISK,     BRIEF_ADVICE",
        "16, HIGHER_RISK,         EXTENDED_BRIEF_INTERVENTION",
        "19, HIGHER_RISK,         EXTENDED_BRIEF_INTERVENTION",
        "20, POSSIBLE_DEPENDENCE, SPECIALIST_ASSESSMENT",
        "40, POSSIBLE_DEPENDENCE, SPECIALIST_ASSESSMENT",
    })
    void bandsTheScoreAtEveryBoundary(int score, RiskBand band, RecommendedResponse response) {
        AuditResult result = AlcoholScreening.scoreAudit(answersTotalling(score));

        assertThat(result.score()).isEqualTo(score);
        assertThat(result.band()).isEqualTo(band);
        assertThat(result.recommendedResponse()).isEqualTo(response);
        assertThat(result.nextStep()).isEqualTo(NextStep.NONE);
    }

    @Test
    void addsAllTenItems() {
        AuditAnswers answers = new AuditAnswers(1, 2, 3, 4, 0, 1, 2, 3, 2, 4);

        assertThat(AlcoholScreening.scoreAudit(answers).score()).isEqualTo(22);
        assertThat(answers.auditC()).isEqualTo(new AuditCAnswers(1, 2, 3));
    }

    @Test
    void explainsTheResultInPlainLanguage() {
        AuditResult result = AlcoholScreening.scoreAudit(answersTotalling(12));

        assertThat(result.explanation())
                .isEqualTo("AUDIT score 12 of 40: increasing risk. Recommended response: brief advice.");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4})
    void acceptsOnlyZeroTwoOrFourForItemsNineAndTen(int answer) {
        AuditAnswers answers = new AuditAnswers(0, 0, 0, 0, 0, 0, 0, 0, answer, answer);

        assertThat(AlcoholScreening.scoreAudit(answers).score()).isEqualTo(2 * answer);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1, 3, 5})
    void refusesOtherAnswersToItemNine(int answer) {
        assertRefused(() -> new AuditAnswers(0, 0, 0, 0, 0, 0, 0, 0, answer, 0), "ANSWER_OUT_OF_RANGE", "audit.item9");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1, 3, 5})
    void refusesOtherAnswersToItemTen(int answer) {
        assertRefused(() -> new AuditAnswers(0, 0, 0, 0, 0, 0, 0, 0, 0, answer), "ANSWER_OUT_OF_RANGE", "audit.item10");
    }

    @ParameterizedTest(name = "item {0} = {1} refused")
    @CsvSource({"1, -1", "1, 5", "2, 5", "3, -1", "4, 5", "5, -1", "6, 5", "7, 5", "8, -1"})
    void refusesItemsOneToEightOutsideZeroToFour(int item, int answer) {
        Integer[] items = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
        items[item - 1] = answer;

        assertRefused(() -> answers(items), "ANSWER_OUT_OF_RANGE", "audit.item" + item);
    }

    @Test
    void allowsItemsFourToEightToBeSkippedWhenItemOneIsNever() {
        AuditAnswers answers = new AuditAnswers(0, 0, 0, null, null, null, null, null, 2, 0);

        assertThat(AlcoholScreening.scoreAudit(answers).score()).isEqualTo(2);
    }

    @Test
    void allowsItemsFourToEightToBeSkippedWhenItemsTwoAndThreeAreZero() {
        AuditAnswers answers = new AuditAnswers(3, 0, 0, null, null, null, null, null, 0, 4);

        assertThat(AlcoholScreening.scoreAudit(answers).score()).isEqualTo(7);
    }

    @Test
    void refusesSkippedItemsWhenTheShortcutDoesNotApply() {
        assertRefused(() -> new AuditAnswers(2, 1, 0, 0, null, 0, 0, 0, 0, 0), "ANSWER_MISSING", "audit.item5");
    }

    @Test
    void refusesTheShortcutWithoutItemsNineAndTen() {
        assertRefused(
                () -> new AuditAnswers(0, 0, 0, null, null, null, null, null, null, 0),
                "ANSWER_MISSING",
                "audit.item9");
        assertRefused(
                () -> new AuditAnswers(0, 0, 0, null, null, null, null, null, 0, null),
                "ANSWER_MISSING",
                "audit.item10");
    }

    @Test
    void refusesMissingItemsOneToThree() {
        assertRefused(
                () -> new AuditAnswers(null, 0, 0, null, null, null, null, null, 0, 0),
                "ANSWER_MISSING",
                "audit.item1");
    }

    private static void assertRefused(Runnable construction, String code, String field) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo(code);
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.getMessage()).contains("AUDIT item " + field.substring("audit.item".length()));
        });
    }

    /** Puts the even part (up to 8) in items 9 and 10 and the rest in items 1 to 8, so any total 0-40 is reachable. */
    private static AuditAnswers answersTotalling(int total) {
        Integer[] items = new Integer[10];
        int evenPart = Math.min(8, total - total % 2);
        items[8] = Math.min(4, evenPart);
        items[9] = evenPart - items[8];
        int left = total - evenPart;
        for (int i = 0; i < 8; i++) {
            items[i] = Math.min(4, left);
            left -= items[i];
        }
        return answers(items);
    }

    private static AuditAnswers answers(Integer[] i) {
        return new AuditAnswers(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9]);
    }
}
