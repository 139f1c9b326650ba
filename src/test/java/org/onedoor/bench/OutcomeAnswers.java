package org.onedoor.bench;

import java.util.Map;
import org.onedoor.demo.OutcomeAnswerSheets;

/**
 * The outcome benchmark's checked records: the demo's answer sheets ({@link OutcomeAnswerSheets}) with the same
 * housing, ratings and units on every record.
 */
final class OutcomeAnswers {

    private OutcomeAnswers() {}

    /** A TOP (an AOR when {@code alcohol}): days of the main substance, injecting and paid work in 28 days. */
    static Map<String, String> top(int mainDays, int injecting, int paidWork, boolean alcohol) {
        Map<String, String> answers =
                OutcomeAnswerSheets.top(alcohol ? "alcohol" : "opiates", mainDays, injecting, paidWork);
        if (alcohol) {
            answers.put("alcohol_units", String.valueOf(mainDays == 0 ? 0 : 14));
        }
        answers.put("acute_housing", "Y");
        answers.put("psychological_health", "8");
        answers.put("physical_health", "10");
        answers.put("quality_of_life", "9");
        return answers;
    }

    /** PHQ-9 ({@code items} 9) or GAD-7 (7) answers adding up to {@code total}; PHQ-9 item 9 always 0. */
    static Map<String, String> mood(int total, int items) {
        return OutcomeAnswerSheets.mood(total, items);
    }
}
