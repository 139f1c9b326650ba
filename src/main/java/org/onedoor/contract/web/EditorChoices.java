package org.onedoor.contract.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onedoor.contract.rules.OutcomeMeasurePayment;

/** The choices the contract editor offers, value to label in the order shown; the page reads the public fields. */
final class EditorChoices {

    static final EditorChoices INSTANCE = new EditorChoices();

    public final Map<String, String> kinds = ordered(
            RuleForm.PER_CLIENT_PER_MONTH, "Per client per month (output payments)",
            RuleForm.PAYMENT_BY_OUTCOMES, "Payment by outcomes",
            RuleForm.BLOCK, "Block payment",
            RuleForm.RETAINER, "Retainer (legacy model)",
            RuleForm.QUALITY_WITHHOLD, "Quality withhold",
            RuleForm.OUTCOME_MEASURE, "Outcome-measure payment");
    public final Map<String, String> startFrom = startFrom();
    public final Map<String, String> countingRules = ordered(
            "ANY_DAY_OPEN_INTERVENTION", "Any day with an open intervention in the month",
            "CENSUS_DAY", "Open on the census day of the month",
            "ATTENDED_CONTACT", "An attended appointment or group session recorded in OneDoor in the month");
    public final Map<String, String> rateRounding =
            ordered("EXACT", "Exact (£33.33⅓)", "PENCE", "To the penny first (£33.33)");
    public final Map<String, String> stretchShapes = ordered(
            "PROPORTIONAL_TO_CAP", "Proportional: the same rate above the core, up to the cap",
            "THRESHOLD_BONUS", "Threshold bonus: core capped, plus the uplift when the stretch average is reached");
    public final Map<String, String> capTimings = ordered(
            "CUMULATIVE_YEAR_TO_DATE", "Year to date: pay until the cap is reached",
            "MONTHLY", "Monthly: at most a twelfth of the cap each month",
            "RECONCILE", "Reconcile: pay actuals, claw back the excess at year end");
    public final Map<String, String> belowCore =
            ordered("PRO_RATA", "Pro rata", "COLLAR", "Collar: top the year up to");
    public final Map<String, String> roundingMethods = ordered(
            "CUMULATIVE_YEAR_TO_DATE", "Round the year to date, pay the difference", "PER_LINE", "Round each line");
    public final Map<String, String> roundingModes =
            ordered("HALF_UP", "Half up", "HALF_EVEN", "Half even (banker's)", "DOWN", "Down");
    public final Map<String, String> yesNo = ordered("true", "Yes", "false", "No");
    public final Map<String, String> capModes =
            ordered("MONEY_PARTIAL", "Pay what is left under the cap", "WHOLE_PAYMENTS_ONLY", "Whole payments only");
    public final Map<String, String> instalmentRounding = ordered(
            "CUMULATIVE", "Round the year to date (adds up to the penny)",
            "FINAL_INSTALMENT_REMAINDER", "Equal instalments, the last takes the remainder",
            "EACH_INSTALMENT", "Round each instalment on its own");
    public final Map<String, String> frequencies = ordered("MONTHLY", "Monthly", "ANNUALLY", "Annually");
    public final Map<String, String> months = months();
    public final Map<String, String> measures = measures();

    private EditorChoices() {}

    private static Map<String, String> startFrom() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (RuleForms.StartFrom choice : RuleForms.StartFrom.values()) {
            choices.put(choice.name(), choice.label);
        }
        return choices;
    }

    private static Map<String, String> measures() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (OutcomeMeasurePayment.Measure measure : OutcomeMeasurePayment.Measure.values()) {
            String words = measure.words();
            choices.put(measure.name(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        return choices;
    }

    private static Map<String, String> months() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            Month month = Month.APRIL.plus(i);
            choices.put(month.name(), month.getDisplayName(TextStyle.FULL, Locale.UK));
        }
        return choices;
    }

    private static Map<String, String> ordered(String... valuesAndLabels) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            choices.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return choices;
    }
}
