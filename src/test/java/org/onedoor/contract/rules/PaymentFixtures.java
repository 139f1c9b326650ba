package org.onedoor.contract.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.evidence.OutcomeEvent;
import org.onedoor.contract.evidence.OutcomeStage;
import org.onedoor.contract.rules.PerClientPerMonth.CapTiming;
import org.onedoor.contract.rules.PerClientPerMonth.ClientMonthCap;
import org.onedoor.contract.rules.PerClientPerMonth.StretchShape;

/** Inputs for the worked examples of the NEL methodology (domain reference 11.9), in 2016/17. */
final class PaymentFixtures {

    static final FinancialYear YEAR = new FinancialYear(2016);
    static final EffectivePeriod FROM_APRIL_2016 = EffectivePeriod.from(YEAR.first());
    static final String OUTPUT = "Output payments";
    static final String OUTCOMES = "Outcome payments";

    private static final PaymentCalculator CALCULATOR = new PaymentCalculator();

    private PaymentFixtures() {}

    static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    static List<BigDecimal> pounds(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    /** The NEL output rule, P reading, exact rate, 3,300 client-months a year cumulative (the defaults). */
    static PerClientPerMonth proportional() {
        return PerClientPerMonth.nel(FROM_APRIL_2016);
    }

    /** The T reading: core capped at 3,000 client-months plus £10,000 if the average reaches 275. */
    static PerClientPerMonth threshold() {
        return proportional().withStretchShape(StretchShape.THRESHOLD_BONUS);
    }

    static PerClientPerMonth proportionalWithCapTiming(CapTiming timing) {
        return proportional().withCap(ClientMonthCap.of(3300, timing));
    }

    /** The same count of clients in every month of 2016/17. */
    static ActivityEvidence everyMonth(int clients) {
        int[] counts = new int[12];
        Arrays.fill(counts, clients);
        return months(counts);
    }

    /** Clients in treatment April 2016 to March 2017, one count a month. */
    static ActivityEvidence months(int... clients) {
        List<ClientMonths> months = new ArrayList<>();
        for (int i = 0; i < clients.length; i++) {
            months.add(new ClientMonths(YEAR.first().plusMonths(i), clients[i]));
        }
        return new ActivityEvidence(months, List.of());
    }

    static ActivityEvidence withOutcomes(ActivityEvidence activity, List<OutcomeEvent> outcomes) {
        return new ActivityEvidence(activity.clientMonths(), outcomes);
    }

    /**
     * {@code completions} successful completions (code 80) discharged every third day from 1 April 2016 (so by the
     * end of September), the first {@code sustained} of them confirmed as sustained the day after their 6-month
     * window: all of them paid within 2016/17.
     */
    static List<OutcomeEvent> outcomes(int completions, int sustained) {
        List<OutcomeEvent> events = new ArrayList<>();
        for (int i = 0; i < completions; i++) {
            LocalDate discharged = LocalDate.of(2016, 4, 1).plusDays(3L * i);
            events.add(completion(i, discharged, "80"));
            if (i < sustained) {
                events.add(sustained(i, discharged, "80"));
            }
        }
        return events;
    }

    static OutcomeEvent completion(int client, LocalDate discharged, String code) {
        return new OutcomeEvent(
                OutcomeStage.COMPLETION, clientKey(client), episodeKey(client), discharged, code, discharged);
    }

    static OutcomeEvent sustained(int client, LocalDate discharged, String code) {
        return new OutcomeEvent(
                OutcomeStage.SUSTAINED_EXIT,
                clientKey(client),
                episodeKey(client),
                discharged,
                code,
                discharged.plusMonths(6).plusDays(1));
    }

    static String clientKey(int client) {
        return String.format("C%04d", client);
    }

    static String episodeKey(int client) {
        return String.format("E%04d", client);
    }

    static YearStatement run(ActivityEvidence evidence, PaymentRule... rules) {
        return CALCULATOR.year(ContractRules.of("nel-pcbsmts", rules), evidence, YEAR);
    }

    /** The monthly lines of a rule, April to March, without its year-end bonus and reconciliation lines. */
    static List<BigDecimal> monthlyAmounts(YearStatement statement, String rule) {
        return statement.linesOf(rule).stream()
                .filter(line -> !yearEnd(line))
                .map(StatementLine::amount)
                .toList();
    }

    static StatementLine reconciliation(YearStatement statement) {
        return statement.linesOf(OUTPUT).stream()
                .filter(line -> line.description().startsWith("Annual"))
                .findFirst()
                .orElseThrow();
    }

    static StatementLine bonus(YearStatement statement) {
        return statement.linesOf(OUTPUT).stream()
                .filter(line -> line.description().startsWith("Stretch bonus"))
                .findFirst()
                .orElseThrow();
    }

    private static boolean yearEnd(StatementLine line) {
        return line.description().startsWith("Annual reconciliation")
                || line.description().startsWith("Stretch bonus");
    }

    static YearMonth month(int n) {
        return YEAR.first().plusMonths(n - 1L);
    }
}
