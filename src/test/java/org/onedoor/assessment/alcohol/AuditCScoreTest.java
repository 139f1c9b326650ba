package org.onedoor.assessment.alcohol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.shared.DomainRuleViolation;

class AuditCScoreTest {

    @ParameterizedTest(name = "{0}+{1}+{2} = {3}: {4}, positive {5}, {6}")
    @CsvSource({
        "0, 0, 0,  0, LOWER_RISK,          false, NONE_FEEDBACK",
        "2, 1, 1,  4, LOWER_RISK,          false, NONE_FEEDBACK",
        "2, 2, 1,  5, INCREASING_RISK,     true,  BRIEF_ADVICE",
        "3, 2, 2,  7, INCREASING_RISK,     true,  BRIEF_ADVICE",
        "4, 2, 2,  8, HIGHER_RISK,         true,  EXTENDED_BRIEF_INTERVENTION",
        "4, 3, 3, 10, HIGHER_RISK,         true,  EXTENDED_BRIEF_INTERVENTION",
        "4, 4, 3, 11, POSSIBLE_DEPENDENCE, true,  SPECIALIST_ASSESSMENT",
        "4, 4, 4, 12, POSSIBLE_DEPENDENCE, true,  SPECIALIST_ASSESSMENT",
    })
    void bandsTheScoreAtEveryUkBoundary(
            int item1, int item2, int item3, int score, RiskBand band, boolean positive, RecommendedResponse response) {
        AuditCResult result = AlcoholScreening.scoreAuditC(new AuditCAnswers(item1, item2, item3));

        assertThat(result.score()).isEqualTo(score);
        assertThat(result.band()).isEqualTo(band);
        assertThat(result.positive()).isEqualTo(positive);
        assertThat(result.recommendedResponse()).isEqualTo(response);
        assertThat(result.nextStep()).isEqualTo(positive ? NextStep.COMPLETE_FULL_AUDIT : NextStep.NONE);
    }

    @Test
    void explainsAPositiveScreenInPlainLanguage() {
        AuditCResult result = AlcoholScreening.scoreAuditC(new AuditCAnswers(2, 2, 2));

        assertThat(result.explanation())
                .isEqualTo("AUDIT-C score 6 of 12: increasing risk. Positive (5 or more): complete the full AUDIT.");
    }

    @Test
    void explainsANegativeScreenInPlainLanguage() {
        AuditCResult result = AlcoholScreening.scoreAuditC(new AuditCAnswers(1, 1, 0));

        assertThat(result.explanation())
                .isEqualTo("AUDIT-C score 2 of 12: lower risk. Negative (under 5): positive feedback.");
    }

    @ParameterizedTest(name = "items {0}, {1}, {2} refused at {3}")
    @CsvSource({
        "-1, 0, 0, auditC.item1",
        " 5, 0, 0, auditC.item1",
        " 0,-1, 0, auditC.item2",
        " 0, 5, 0, auditC.item2",
        " 0, 0,-1, auditC.item3",
        " 0, 0, 5, auditC.item3",
    })
    void refusesAnswersOutsideZeroToFourNamingTheItem(int item1, int item2, int item3, String field) {
        assertThatThrownBy(() -> new AuditCAnswers(item1, item2, item3))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("ANSWER_OUT_OF_RANGE");
                    assertThat(violation.field()).isEqualTo(field);
                    assertThat(violation.getMessage())
                            .contains("AUDIT-C item " + field.charAt(field.length() - 1))
                            .contains("0 to 4");
                });
    }
}
