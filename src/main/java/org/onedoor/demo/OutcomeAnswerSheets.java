package org.onedoor.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers to TOP, AOR, PHQ-9 and GAD-7 as a worker gives them, for the demo's outcome records and the outcome
 * benchmarks' (one way of filling the forms, so both make records the instruments accept).
 */
public final class OutcomeAnswerSheets {

    private static final List<String> WEEKS = List.of(
            "alcohol",
            "opiates",
            "crack",
            "cocaine",
            "amphetamines",
            "cannabis",
            "tobacco",
            "injecting",
            "shoplifting",
            "drug_selling",
            "paid_work",
            "education");

    private OutcomeAnswerSheets() {}

    /**
     * A TOP or AOR's days in the last 28, week by week: {@code mainDays} of the main item (e.g. {@code alcohol},
     * {@code opiates}; none when blank), tobacco on 20, injecting and paid work as given, nothing else; and no to
     * sharing, theft, assault and eviction risk. The caller adds housing, the ratings and (AOR) the units.
     */
    public static Map<String, String> top(String mainItem, int mainDays, int injectingDays, int paidWorkDays) {
        Map<String, String> answers = new HashMap<>();
        for (String item : WEEKS) {
            int days = item.equals(mainItem)
                    ? mainDays
                    : switch (item) {
                        case "tobacco" -> 20;
                        case "injecting" -> injectingDays;
                        case "paid_work" -> paidWorkDays;
                        default -> 0;
                    };
            weeks(answers, item, days);
        }
        answers.put("sharing", "N");
        answers.put("other_theft", "N");
        answers.put("assault", "N");
        answers.put("eviction_risk", "N");
        return answers;
    }

    /** PHQ-9 ({@code items} 9) or GAD-7 (7) answers adding up to {@code total}; PHQ-9 item 9 always 0. */
    public static Map<String, String> mood(int total, int items) {
        Map<String, String> answers = new HashMap<>();
        int left = Math.min(total, 3 * (items == 9 ? 8 : 7));
        for (int item = 1; item <= items; item++) {
            int value = item == 9 ? 0 : Math.min(3, left);
            answers.put("item" + item, String.valueOf(value));
            left -= value;
        }
        return answers;
    }

    private static void weeks(Map<String, String> answers, String item, int days) {
        int left = Math.min(28, days);
        for (int week = 1; week <= 4; week++) {
            int value = Math.min(7, left / (5 - week) + (left % (5 - week) == 0 ? 0 : 1));
            answers.put(item + ".week" + week, String.valueOf(value));
            left -= value;
        }
    }
}
