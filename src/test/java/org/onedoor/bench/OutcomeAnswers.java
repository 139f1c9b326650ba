package org.onedoor.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers to TOP, AOR, PHQ-9 and GAD-7 as a worker gives them, for the outcome benchmark's checked records. */
final class OutcomeAnswers {

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

    private OutcomeAnswers() {}

    /** A TOP (an AOR when {@code alcohol}): days of the main substance, injecting and paid work in 28 days. */
    static Map<String, String> top(int mainDays, int injecting, int paidWork, boolean alcohol) {
        String main = alcohol ? "alcohol" : "opiates";
        Map<String, String> answers = new HashMap<>();
        for (String item : WEEKS) {
            int days = item.equals(main)
                    ? mainDays
                    : switch (item) {
                        case "tobacco" -> 20;
                        case "injecting" -> injecting;
                        case "paid_work" -> paidWork;
                        default -> 0;
                    };
            weeks(answers, item, days);
        }
        if (alcohol) {
            answers.put("alcohol_units", String.valueOf(mainDays == 0 ? 0 : 14));
        }
        answers.put("sharing", "N");
        answers.put("other_theft", "N");
        answers.put("assault", "N");
        answers.put("acute_housing", "Y");
        answers.put("eviction_risk", "N");
        answers.put("psychological_health", "8");
        answers.put("physical_health", "10");
        answers.put("quality_of_life", "9");
        return answers;
    }

    /** PHQ-9 ({@code items} 9) or GAD-7 (7) answers adding up to {@code total}; PHQ-9 item 9 always 0. */
    static Map<String, String> mood(int total, int items) {
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
