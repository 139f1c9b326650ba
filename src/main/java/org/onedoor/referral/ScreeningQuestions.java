package org.onedoor.referral;

import java.util.List;

/** The wording of the AUDIT and FAST questions and their scored answers, as the triage page asks them. */
final class ScreeningQuestions {

    /** One question: its form field, its text, and the answer for each score (blank where a score is not used). */
    record Question(String field, String text, List<String> answers) {}

    private static final List<String> HOW_OFTEN =
            List.of("Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily");
    private static final List<String> YES_NO =
            List.of("No", "", "Yes, but not in the last year", "", "Yes, during the last year");

    static final List<Question> AUDIT_C = List.of(
            new Question(
                    "audit1",
                    "How often do you have a drink containing alcohol?",
                    List.of(
                            "Never",
                            "Monthly or less",
                            "2 to 4 times a month",
                            "2 to 3 times a week",
                            "4 or more times a week")),
            new Question(
                    "audit2",
                    "How many units of alcohol do you drink on a typical day when you are drinking?",
                    List.of("0 to 2", "3 to 4", "5 to 6", "7 to 9", "10 or more")),
            new Question(
                    "audit3",
                    "How often have you had 6 or more units if female, or 8 or more if male, on a "
                            + "single occasion in the last year?",
                    HOW_OFTEN));

    static final List<Question> AUDIT_REST = List.of(
            new Question(
                    "audit4",
                    "How often during the last year have you found that you were not able to stop "
                            + "drinking once you had started?",
                    HOW_OFTEN),
            new Question(
                    "audit5",
                    "How often during the last year have you failed to do what was normally expected "
                            + "from you because of your drinking?",
                    HOW_OFTEN),
            new Question(
                    "audit6",
                    "How often during the last year have you needed an alcoholic drink in the morning "
                            + "to get yourself going after a heavy drinking session?",
                    HOW_OFTEN),
            new Question(
                    "audit7",
                    "How often during the last year have you had a feeling of guilt or remorse after " + "drinking?",
                    HOW_OFTEN),
            new Question(
                    "audit8",
                    "How often during the last year have you been unable to remember what happened "
                            + "the night before because you had been drinking?",
                    HOW_OFTEN),
            new Question("audit9", "Have you or somebody else been injured as a result of your drinking?", YES_NO),
            new Question(
                    "audit10",
                    "Has a relative or friend, doctor or other health worker been concerned about "
                            + "your drinking or suggested that you cut down?",
                    YES_NO));

    static final List<Question> FAST = List.of(
            new Question(
                    "fast1",
                    "How often have you had 6 or more units if female, or 8 or more if male, on a "
                            + "single occasion in the last year?",
                    HOW_OFTEN),
            new Question(
                    "fast2",
                    "How often during the last year have you failed to do what was normally expected "
                            + "from you because of your drinking?",
                    HOW_OFTEN),
            new Question(
                    "fast3",
                    "How often during the last year have you been unable to remember what happened "
                            + "the night before because you had been drinking?",
                    HOW_OFTEN),
            new Question(
                    "fast4",
                    "Has a relative or friend, doctor or other health worker been concerned about "
                            + "your drinking or suggested that you cut down?",
                    YES_NO));

    private ScreeningQuestions() {}
}
