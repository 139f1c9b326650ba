package org.onedoor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every instrument's score and band at every band boundary, from the definitions OneDoor ships. */
class InstrumentScoringTest {

    static final Instruments INSTRUMENTS = new Instruments();

    @ParameterizedTest(name = "PHQ-9 {0}: {1}")
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, moderately severe",
        "19, moderately severe",
        "20, severe",
        "27, severe"
    })
    void bandsPhq9AtEveryBoundary(int total, String band) {
        assertThat(total("phq9", total, 9, 3))
                .isEqualTo(new Score("total", "PHQ-9 total", BigDecimal.valueOf(total), band));
    }

    @ParameterizedTest(name = "GAD-7 {0}: {1}")
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, severe",
        "21, severe"
    })
    void bandsGad7AtEveryBoundary(int total, String band) {
        assertThat(total("gad7", total, 7, 3).band()).isEqualTo(band);
        assertThat(total("gad7", total, 7, 3).value()).isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    @ParameterizedTest(name = "SADQ {0}: {1}")
    @CsvSource({"0, mild", "15, mild", "16, moderate", "30, moderate", "31, severe", "60, severe"})
    void bandsSadqAtEveryBoundary(int total, String band) {
        assertThat(total("sadq", total, 20, 3).band()).isEqualTo(band);
        assertThat(total("sadq", total, 20, 3).value()).isEqualByComparingTo(BigDecimal.valueOf(total));
    }

    @ParameterizedTest(name = "{0} kg at {1} cm: BMI {2}, {3}")
    @CsvSource({
        "53.4, 170, 18.5, healthy weight",
        "53.3, 170, 18.4, underweight",
        "72.1, 170, 24.9, healthy weight",
        "72.3, 170, 25.0, overweight",
        "86.5, 170, 29.9, overweight",
        "86.7, 170, 30.0, obese",
        "115.5, 170, 40.0, severely obese",
        "115.3, 170, 39.9, obese"
    })
    void bandsBodyMassIndexAtEveryBoundary(String weight, String height, String bmi, String band) {
        List<Score> scores = Scorer.score(definition("physical-health"), Map.of("weight", weight, "height", height));
        assertThat(scores).filteredOn(s -> s.id().equals("bmi")).singleElement().satisfies(score -> {
            assertThat(score.value()).isEqualByComparingTo(bmi);
            assertThat(score.band()).isEqualTo(band);
        });
    }

    @ParameterizedTest(name = "AUDIT {0}: {1}")
    @CsvSource({
        "0, lower risk",
        "7, lower risk",
        "8, increasing risk",
        "15, increasing risk",
        "16, higher risk",
        "19, higher risk",
        "20, possible dependence",
        "40, possible dependence"
    })
    void bandsAuditThroughTheOneAlcoholScorer(int total, String band) {
        Map<String, String> answers = new HashMap<>();
        int left = total;
        for (int item = 1; item <= 10; item++) {
            int value = item <= 8 ? Math.min(4, left) : (left >= 4 ? 4 : left >= 2 ? 2 : 0);
            answers.put("item" + item, String.valueOf(value));
            left -= value;
        }
        answers.put("item8", String.valueOf(Integer.parseInt(answers.get("item8")) + left));
        Score score = Scorer.score(definition("audit"), answers).get(0);
        assertThat(score.value()).isEqualByComparingTo(BigDecimal.valueOf(total));
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "AUDIT-C {0}: {1}")
    @CsvSource({
        "0, lower risk",
        "4, lower risk",
        "5, increasing risk",
        "7, increasing risk",
        "8, higher risk",
        "10, higher risk",
        "11, possible dependence",
        "12, possible dependence"
    })
    void bandsAuditCThroughTheOneAlcoholScorer(int total, String band) {
        assertThat(total("audit-c", total, 3, 4).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "FAST {0} {1} {2} {3}: {4}")
    @CsvSource({
        "0, , , , negative",
        "3, , , , positive",
        "1, 0, 0, 0, negative",
        "1, 1, 0, 0, negative",
        "1, 2, 0, 0, positive",
        "2, 0, 0, 0, negative",
        "1, 0, 0, 2, positive"
    })
    void decidesFastThroughTheOneAlcoholScorer(String q1, String q2, String q3, String q4, String band) {
        Map<String, String> answers = new HashMap<>();
        answers.put("q1", q1);
        if (q2 != null) {
            answers.put("q2", q2);
            answers.put("q3", q3);
            answers.put("q4", q4);
        }
        assertThat(Scorer.score(definition("fast"), answers).get(0).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "TOP weeks {0} {1} {2} {3}: {4} days")
    @CsvSource({"0, 0, 0, 0, 0", "7, 7, 7, 7, 28", "1, 2, 3, 4, 10"})
    void topDaysUsedAreTheSumOfTheWeeks(String w1, String w2, String w3, String w4, int days) {
        Map<String, String> raw = new HashMap<>(
                Map.of("opiates.week1", w1, "opiates.week2", w2, "opiates.week3", w3, "opiates.week4", w4));
        AnswerCheck.Checked checked = AnswerCheck.check(definition("top"), raw, true);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.answers()).containsEntry("opiates.total", String.valueOf(days));
        assertThat(Scorer.score(definition("top"), checked.answers()))
                .filteredOn(s -> s.id().equals("opiates_days"))
                .singleElement()
                .extracting(Score::value)
                .isEqualTo(BigDecimal.valueOf(days));
    }

    @ParameterizedTest(name = "PHQ-9 item 9 answered {0}: risk {1}")
    @CsvSource({"0, false", "1, true", "3, true"})
    void anyAnswerAboveZeroToPhq9Item9IsARisk(String answer, boolean risk) {
        Map<String, String> answers = new HashMap<>(answers(9, 0, 3));
        answers.put("item9", answer);
        assertThat(Scorer.risks(definition("phq9"), answers)).hasSize(risk ? 1 : 0);
    }

    static InstrumentDefinition definition(String id) {
        return INSTRUMENTS.latest(id).orElseThrow();
    }

    private static Score total(String instrument, int total, int items, int most) {
        Map<String, String> answers = new HashMap<>(answers(items, total, most));
        answers.put("recall", "6m");
        return Scorer.score(definition(instrument), answers).stream()
                .filter(s -> s.id().equals("total"))
                .findFirst()
                .orElseThrow();
    }

    /** Items item1..itemN adding up to the total, each at most {@code most}. */
    static Map<String, String> answers(int items, int total, int most) {
        Map<String, String> answers = new HashMap<>();
        int left = total;
        for (int item = 1; item <= items; item++) {
            int value = Math.min(most, left);
            answers.put("item" + item, String.valueOf(value));
            left -= value;
        }
        return answers;
    }
}
