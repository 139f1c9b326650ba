package org.onedoor.assessment.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.assessment.instrument.InstrumentScoringTest.answers;
import static org.onedoor.assessment.instrument.InstrumentScoringTest.definition;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bad input of issue 16, each found at its item, every problem at once, the answers kept as typed. */
public class AnswerCheckTest {

    @Test
    void aWeekCountOfEightIsRefusedAtThatWeek() {
        Map<String, String> raw = top();
        raw.put("opiates.week2", "8");
        AnswerCheck.Checked checked = AnswerCheck.check(definition("top"), raw, false);
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("opiates.week2");
            assertThat(p.message()).contains("week 2: must be from 0 to 7 days, not 8");
        });
        assertThat(checked.answers()).containsEntry("opiates.week2", "8");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsWeeksIsRefusedAtTheTotal() {
        Map<String, String> raw = top();
        raw.put("cannabis.total", "5");
        AnswerCheck.Checked checked = AnswerCheck.check(definition("top"), raw, false);
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("cannabis.total");
            assertThat(p.code()).isEqualTo(AnswerCheck.TOTAL_MISMATCH);
            assertThat(p.message()).isEqualTo("Cannabis: the 28-day total (5) must equal the four weeks added up (4)");
        });
    }

    @Test
    void aRatingOf21IsRefusedAtTheRating() {
        Map<String, String> raw = top();
        raw.put("quality_of_life", "21");
        raw.put("psychological_health", "ten");
        AnswerCheck.Checked checked = AnswerCheck.check(definition("top"), raw, false);
        assertThat(checked.problems())
                .extracting(p -> p.field() + ": " + p.message())
                .containsExactly(
                        "psychological_health: Psychological health (0 poor, 20 good): enter a whole number from 0 to 20",
                        "quality_of_life: Overall quality of life (0 poor, 20 good): must be from 0 to 20, not 21");
    }

    @Test
    void aPhq9AnswerOf4IsRefusedAtTheItem() {
        Map<String, String> raw = new HashMap<>(answers(9, 9, 1));
        raw.put("item4", "4");
        AnswerCheck.Checked checked = AnswerCheck.check(definition("phq9"), raw, false);
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("item4");
            assertThat(p.message())
                    .isEqualTo("Feeling tired or having little energy: the answer must be from 0 to 3," + " not 4");
        });
    }

    @Test
    void aFinalRecordNeedsEveryRequiredItemButADraftDoesNot() {
        Map<String, String> raw = new HashMap<>(Map.of("item1", "2"));
        assertThat(AnswerCheck.check(definition("phq9"), raw, false).problems())
                .hasSize(8)
                .extracting(p -> p.field())
                .startsWith("item2");
        assertThat(AnswerCheck.check(definition("phq9"), raw, true).problems()).isEmpty();
    }

    @Test
    void aDraftMayNotHoldAnImpossibleAnswer() {
        assertThat(AnswerCheck.check(definition("gad7"), Map.of("item1", "9"), true)
                        .problems())
                .hasSize(1);
    }

    @Test
    void yesNoItemsTakeNotAnsweredOnlyWhereTheyAllowIt() {
        Map<String, String> raw =
                new HashMap<>(Map.of("gp_registered", "NA", "health_check", "NA", "smoking", "current"));
        assertThat(AnswerCheck.check(definition("physical-health"), raw, false).problems())
                .extracting(p -> p.field())
                .containsExactly("gp_registered");
    }

    /** A complete TOP with one day of cannabis in each week and nothing else. */
    public static Map<String, String> top() {
        Map<String, String> raw = new HashMap<>();
        for (Item item : definition("top").items()) {
            switch (item.type()) {
                case WEEKS -> {
                    if (item.required()) {
                        for (int week = 1; week <= 4; week++) {
                            raw.put(item.week(week), item.id().equals("cannabis") ? "1" : "0");
                        }
                    }
                }
                case INTEGER -> raw.put(item.id(), "10");
                case YES_NO -> raw.put(item.id(), "N");
                default -> {}
            }
        }
        return raw;
    }
}
