package org.onedoor.contract.examples;

import static org.onedoor.contract.examples.WorkedExample.OUTCOMES;
import static org.onedoor.contract.examples.WorkedExample.OUTPUT;
import static org.onedoor.contract.examples.WorkedExample.clawedBack;
import static org.onedoor.contract.examples.WorkedExample.everyMonth;
import static org.onedoor.contract.examples.WorkedExample.months;
import static org.onedoor.contract.examples.WorkedExample.payments;
import static org.onedoor.contract.examples.WorkedExample.total;
import static org.onedoor.contract.examples.WorkedExample.uncapped;
import static org.onedoor.contract.examples.WorkedExample.unpaid;

import java.util.List;
import org.onedoor.contract.examples.ExampleActivity.Profile;
import org.onedoor.contract.examples.WorkedExample.Expectation;
import org.onedoor.contract.examples.WorkedExample.Variant;

/**
 * The worked examples of domain reference 11.9 and the variants of its table, each with the figures the reference
 * states (never figures taken from a run). Defaults: P reading, exact rate, cumulative rounding, a cumulative cap of
 * 3,300 client-months, a £15,000 money cap on outcomes.
 */
final class WorkedExamples {

    /** Cumulative rounding of 250 × £33⅓: the 2nd, 5th, 8th and 11th months are .34 (Example 1). */
    private static final String[] CUMULATIVE_8333 = {
        "8333.33", "8333.34", "8333.33", "8333.33", "8333.34", "8333.33", "8333.33", "8333.34", "8333.33", "8333.33",
        "8333.34", "8333.33"
    };
    /** Cumulative rounding of 275 × £33⅓: 9,166.67, 9,166.66, 9,166.67, … (Examples 5 and 6). */
    private static final String[] CUMULATIVE_9166 = {
        "9166.67", "9166.66", "9166.67", "9166.67", "9166.66", "9166.67", "9166.67", "9166.66", "9166.67", "9166.67",
        "9166.66", "9166.67"
    };

    private WorkedExamples() {}

    static List<WorkedExample> all() {
        return List.of(
                example(
                        "Example 1 and 3: 250 every month, P, cumulative rounding pays £100,000.00",
                        Profile.AVERAGE_250,
                        List.of(),
                        total(OUTPUT, "100000.00"),
                        months(OUTPUT, CUMULATIVE_8333)),
                example(
                        "Example 1: rounding each month pays £99,999.96 (4p short)",
                        Profile.AVERAGE_250,
                        List.of(Variant.ROUND_EACH_MONTH),
                        total(OUTPUT, "99999.96"),
                        everyMonth(OUTPUT, "8333.33")),
                example(
                        "Example 1: the rate rounded to £33.33 first pays £99,990.00",
                        Profile.AVERAGE_250,
                        List.of(Variant.RATE_IN_PENCE),
                        total(OUTPUT, "99990.00"),
                        everyMonth(OUTPUT, "8332.50")),
                example(
                        "Example 1 and 3: T reading pays £100,000.00",
                        Profile.AVERAGE_250,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "100000.00")),
                example(
                        "Example 2: average 240, P pays £96,000.00 in months of £8,000.00",
                        Profile.AVERAGE_240,
                        List.of(),
                        total(OUTPUT, "96000.00"),
                        everyMonth(OUTPUT, "8000.00")),
                example(
                        "Example 2: average 240, T pays £96,000.00",
                        Profile.AVERAGE_240,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "96000.00")),
                example(
                        "Example 2: average 240, the rate rounded to £33.33 first pays £95,990.40",
                        Profile.AVERAGE_240,
                        List.of(Variant.RATE_IN_PENCE),
                        total(OUTPUT, "95990.40")),
                example(
                        "Example 4: average 262, P pays £104,800.00",
                        Profile.AVERAGE_262,
                        List.of(),
                        total(OUTPUT, "104800.00"),
                        months(
                                OUTPUT, "8733.33", "8733.34", "8733.33", "8733.33", "8733.34", "8733.33", "8733.33",
                                "8733.34", "8733.33", "8733.33", "8733.34", "8733.33")),
                example(
                        "Example 4: average 262, T pays £100,000.00 (A1)",
                        Profile.AVERAGE_262,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "100000.00")),
                example(
                        "Example 4: average 262, rounding each month pays £104,799.96",
                        Profile.AVERAGE_262,
                        List.of(Variant.ROUND_EACH_MONTH),
                        total(OUTPUT, "104799.96")),
                example(
                        "Example 5: average 275, P pays £110,000.00",
                        Profile.AVERAGE_275,
                        List.of(),
                        total(OUTPUT, "110000.00"),
                        months(OUTPUT, CUMULATIVE_9166)),
                example(
                        "Example 5: average 275, T pays £100,000 + £10,000 = £110,000.00",
                        Profile.AVERAGE_275,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "110000.00")),
                example(
                        "Example 5: average 275, rounding each month without a cap pays £110,000.04",
                        Profile.AVERAGE_275,
                        List.of(Variant.ROUND_EACH_MONTH, Variant.NO_CAP),
                        total(OUTPUT, "110000.04"),
                        everyMonth(OUTPUT, "9166.67")),
                example(
                        "Example 5: 3,299 client-months, P pays £109,966.67",
                        Profile.CLIENT_MONTHS_3299,
                        List.of(),
                        total(OUTPUT, "109966.67")),
                example(
                        "Example 5: 3,299 client-months, T falls off the cliff to £100,000.00",
                        Profile.CLIENT_MONTHS_3299,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "100000.00")),
                example(
                        "Example 6: average 300, P cumulative cap pays £110,000.00, £0.00 in month 12",
                        Profile.AVERAGE_300,
                        List.of(),
                        total(OUTPUT, "110000.00"),
                        months(
                                OUTPUT,
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "0.00")),
                example(
                        "Example 6: average 300, T pays £110,000.00",
                        Profile.AVERAGE_300,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "110000.00")),
                example(
                        "Example 6: average 300, a monthly cap of 275 spreads £110,000.00 evenly (A2)",
                        Profile.AVERAGE_300,
                        List.of(Variant.MONTHLY_CAP),
                        total(OUTPUT, "110000.00"),
                        months(OUTPUT, CUMULATIVE_9166)),
                example(
                        "Example 6: average 300, pay then reconcile pays £120,000.00 and claws back £10,000.00 (A2)",
                        Profile.AVERAGE_300,
                        List.of(Variant.RECONCILE_AT_YEAR_END),
                        total(OUTPUT, "110000.00"),
                        clawedBack(OUTPUT, "10000.00"),
                        months(
                                OUTPUT,
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "0.00")),
                example(
                        "Example 6: average 300 uncapped is worth £120,000.00",
                        Profile.AVERAGE_300,
                        List.of(Variant.NO_CAP),
                        total(OUTPUT, "120000.00")),
                example(
                        "Example 7: 6 × 300 + 6 × 250, P cumulative annual cap pays £110,000.00",
                        Profile.UNEVEN,
                        List.of(),
                        total(OUTPUT, "110000.00"),
                        months(
                                OUTPUT,
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "10000.00",
                                "8333.33",
                                "8333.34",
                                "8333.33",
                                "8333.33",
                                "8333.34",
                                "8333.33")),
                example(
                        "Example 7: 6 × 300 + 6 × 250, a monthly cap of 275 pays £105,000.00",
                        Profile.UNEVEN,
                        List.of(Variant.MONTHLY_CAP),
                        total(OUTPUT, "105000.00")),
                example(
                        "Example 7: 6 × 300 + 6 × 250, T reaches the stretch: £110,000.00",
                        Profile.UNEVEN,
                        List.of(Variant.THRESHOLD_BONUS),
                        total(OUTPUT, "110000.00")),
                example(
                        "Example 8a: 40 stage-1 + 30 stage-2 = 70 payments, £12,600.00",
                        Profile.OUTCOMES_70,
                        List.of(),
                        total(OUTCOMES, "12600.00"),
                        payments(OUTCOMES, 70),
                        unpaid(OUTCOMES, "0.00")),
                example(
                        "Example 8b: 83 payments fit whole, £14,940.00 (money cap)",
                        Profile.OUTCOMES_83,
                        List.of(),
                        total(OUTCOMES, "14940.00"),
                        payments(OUTCOMES, 83)),
                example(
                        "Example 8b: 83 payments fit whole, £14,940.00 (whole payments only)",
                        Profile.OUTCOMES_83,
                        List.of(Variant.WHOLE_PAYMENTS_ONLY),
                        total(OUTCOMES, "14940.00"),
                        payments(OUTCOMES, 83)),
                example(
                        "Example 8b: the 84th event, uncapped £15,120, is paid £60.00 under the money cap",
                        Profile.OUTCOMES_84,
                        List.of(),
                        total(OUTCOMES, "15000.00"),
                        payments(OUTCOMES, 84),
                        uncapped(OUTCOMES, "15120.00")),
                example(
                        "Example 8b: the 84th event is paid nothing under whole payments only (A11)",
                        Profile.OUTCOMES_84,
                        List.of(Variant.WHOLE_PAYMENTS_ONLY),
                        total(OUTCOMES, "14940.00"),
                        payments(OUTCOMES, 84)),
                example(
                        "Example 8c: 105 payments, uncapped £18,900.00, paid £15,000.00, £3,900.00 unpaid",
                        Profile.OUTCOMES_105,
                        List.of(),
                        total(OUTCOMES, "15000.00"),
                        payments(OUTCOMES, 105),
                        uncapped(OUTCOMES, "18900.00"),
                        unpaid(OUTCOMES, "3900.00")),
                example(
                        "Example 8c: 105 payments under whole payments only stop at £14,940.00",
                        Profile.OUTCOMES_105,
                        List.of(Variant.WHOLE_PAYMENTS_ONLY),
                        total(OUTCOMES, "14940.00")));
    }

    private static WorkedExample example(
            String name, Profile profile, List<Variant> variants, Expectation... expected) {
        return new WorkedExample(name + " (" + profile.description + ")", profile, variants, List.of(expected));
    }
}
