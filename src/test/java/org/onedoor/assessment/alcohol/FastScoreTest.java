package org.onedoor.assessment.alcohol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.shared.DomainRuleViolation;

class FastScoreTest {

    @ParameterizedTest(name = "Q1 {0}, Q2 {1}, Q3 {2}, Q4 {3}: score {4}, positive {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "0, -, -, -, 0,  false",
                "0, 4, 4, 4, 12, false",
                "1, 1, 0, 0, 2,  false",
                "1, 0, 0, 2, 3,  true",
                "1, 1, 1, 0, 3,  true",
                "2, 0, 0, 0, 2,  false",
                "2, 1, 0, 0, 3,  true",
                "3, -, -, -, 3,  true",
                "4, -, -, -, 4,  true",
                "4, 4, 4, 4, 16, true",
            })
    void appliesTheFastDecisionRule(int q1, Integer q2, Integer q3, Integer q4, int score, boolean positive) {
        FastResult result = AlcoholScreening.scoreFast(new FastAnswers(q1, q2, q3, q4));

        assertThat(result.score()).isEqualTo(score);
        assertThat(result.positive()).isEqualTo(positive);
        assertThat(result.recommendedResponse())
                .isEqualTo(positive ? RecommendedResponse.BRIEF_ADVICE : RecommendedResponse.NONE_FEEDBACK);
        assertThat(result.nextStep()).isEqualTo(positive ? NextStep.COMPLETE_FULL_AUDIT : NextStep.NONE);
    }

    @Test
    void explainsAPositiveScreenInPlainLanguage() {
        FastResult result = AlcoholScreening.scoreFast(new FastAnswers(1, 0, 0, 2));

        assertThat(result.explanation())
                .isEqualTo("FAST score 3 of 16: positive (3 or more). Give brief advice and complete the full AUDIT.");
    }

    @Test
    void explainsAnEarlyDecisionFromQuestionOne() {
        assertThat(AlcoholScreening.scoreFast(new FastAnswers(0, null, null, null))
                        .explanation())
                .isEqualTo("FAST question 1 answered never: negative. Positive feedback: lower risk.");
        assertThat(AlcoholScreening.scoreFast(new FastAnswers(3, null, null, null))
                        .explanation())
                .isEqualTo(
                        "FAST question 1 answered weekly or more: positive. Give brief advice and complete the full AUDIT.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void needsQuestionsTwoToFourWhenQuestionOneIsUndecided(int q1) {
        assertRefused(() -> new FastAnswers(q1, null, 0, 0), "ANSWER_MISSING", "fast.q2");
        assertRefused(() -> new FastAnswers(q1, 0, null, 0), "ANSWER_MISSING", "fast.q3");
        assertRefused(() -> new FastAnswers(q1, 0, 0, null), "ANSWER_MISSING", "fast.q4");
    }

    @ParameterizedTest(name = "Q1 {0}, Q2 {1}, Q3 {2}, Q4 {3} refused at {4}")
    @CsvSource({
        "-1, 0, 0, 0, fast.q1",
        " 5, 0, 0, 0, fast.q1",
        " 1,-1, 0, 0, fast.q2",
        " 1, 5, 0, 0, fast.q2",
        " 1, 0,-1, 0, fast.q3",
        " 1, 0, 5, 0, fast.q3",
        " 1, 0, 0, 1, fast.q4",
        " 1, 0, 0, 3, fast.q4",
        " 1, 0, 0, 5, fast.q4",
        " 4, 0, 0, 3, fast.q4",
    })
    void refusesAnswersOutOfRange(int q1, int q2, int q3, int q4, String field) {
        assertRefused(() -> new FastAnswers(q1, q2, q3, q4), "ANSWER_OUT_OF_RANGE", field);
    }

    private static void assertRefused(Runnable construction, String code, String field) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo(code);
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.getMessage()).contains("FAST question " + field.substring("fast.q".length()));
        });
    }
}
