package org.onedoor.contract.whatif;

import static org.onedoor.contract.whatif.PracticeAmount.NOT_BY_PRACTICE;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.Retainer;
import org.onedoor.contract.rules.StatementLine;

/**
 * Shares a scenario's contract-level money out to GP practices. The rule: <b>the contract is computed once, with
 * its caps, stretch and year-end lines applied to the whole contract as the contract states them, and each line is
 * then allocated</b>; the rules are never re-run per practice, because a core of 250 or a cap of 3,300 client-months
 * is a contract target, and pro-rating it to practices would invent targets nobody agreed and make the practices
 * add up to something other than what the contract pays. Each line goes:
 * <ul>
 * <li>per-client lines (output payments, the legacy per-patient payment, withholds): in proportion to each practice's
 * client-months of that month; the year-end reconciliation and threshold bonus in proportion to the financial year's
 * client-months. Clients counted for the contract with no practice recorded take their share to
 * {@link PracticeAmount#NOT_BY_PRACTICE}. So in a month the cumulative cap pays nothing, no practice gets anything either;</li>
 * <li>retainer lines: equally among the practices with any client in treatment in that financial year (a retainer is
 * per practice);</li>
 * <li>outcome lines: to the practice of the episode that completed (its interventions' practice);</li>
 * <li>block instalments: to {@link PracticeAmount#NOT_BY_PRACTICE}, as they do not depend on activity.</li>
 * </ul>
 * Amounts are split in pennies by largest remainder (ties to the lower practice code), so every line's shares add up
 * to the line exactly, and the practices to the contract.
 */
final class PracticeShares {

    private final Map<String, PaymentRule> rules;
    private final Map<YearMonth, Integer> contract = new TreeMap<>();
    private final Map<String, Map<YearMonth, Integer>> practices = new TreeMap<>();
    private final Map<String, String> episodePractice;
    private final List<YearMonth> months;

    /**
     * @param episodePractice "clientKey|episodeKey" of completed episodes to their practice code
     */
    PracticeShares(
            List<PaymentRule> rules,
            List<ClientMonths> contractMonths,
            Map<String, List<ClientMonths>> byPractice,
            Map<String, String> episodePractice,
            List<YearMonth> months) {
        this.rules = new LinkedHashMap<>();
        rules.forEach(rule -> this.rules.put(rule.name(), rule));
        contractMonths.forEach(m -> contract.put(m.month(), m.clients()));
        byPractice.forEach((practice, list) -> {
            Map<YearMonth, Integer> counts = new TreeMap<>();
            list.forEach(m -> counts.put(m.month(), m.clients()));
            practices.put(practice, counts);
        });
        this.episodePractice = episodePractice;
        this.months = List.copyOf(months);
    }

    List<PracticeAmount> allocate(List<StatementLine> lines) {
        Map<String, Map<YearMonth, Long>> pennies = new TreeMap<>();
        for (StatementLine line : lines) {
            Map<String, Long> weights = weights(line);
            split(line.amount().movePointRight(2).longValueExact(), weights)
                    .forEach((practice, share) -> pennies.computeIfAbsent(practice, k -> new TreeMap<>())
                            .merge(line.month(), share, Long::sum));
        }
        List<PracticeAmount> result = new ArrayList<>();
        practices.keySet().forEach(practice -> result.add(amount(practice, pennies.get(practice))));
        if (pennies.containsKey(NOT_BY_PRACTICE)) {
            result.add(amount(NOT_BY_PRACTICE, pennies.get(NOT_BY_PRACTICE)));
        }
        return result;
    }

    private Map<String, Long> weights(StatementLine line) {
        PaymentRule rule = rules.get(line.rule());
        Map<String, Long> weights = new TreeMap<>();
        if (rule instanceof BlockPayment) {
            weights.put(NOT_BY_PRACTICE, 1L);
        } else if (rule instanceof PaymentByOutcomes || rule instanceof OutcomeMeasurePayment) {
            String episode = line.evidence().size() < 2
                    ? ""
                    : line.evidence().get(0) + "|" + line.evidence().get(1);
            weights.put(episodePractice.getOrDefault(episode, NOT_BY_PRACTICE), 1L);
        } else if (rule instanceof Retainer && line.description().startsWith("Retainer ")) {
            FinancialYear year = FinancialYear.of(line.month());
            practices.forEach((practice, counts) -> {
                if (year.months().stream().anyMatch(m -> counts.getOrDefault(m, 0) > 0)) {
                    weights.put(practice, 1L);
                }
            });
        } else {
            List<YearMonth> over =
                    yearEnd(line) ? FinancialYear.of(line.month()).months() : List.of(line.month());
            long total = 0;
            long practiceTotal = 0;
            for (YearMonth month : over) {
                total += contract.getOrDefault(month, 0);
            }
            for (Map.Entry<String, Map<YearMonth, Integer>> practice : practices.entrySet()) {
                long sum = over.stream()
                        .mapToLong(m -> practice.getValue().getOrDefault(m, 0))
                        .sum();
                if (sum > 0) {
                    weights.put(practice.getKey(), sum);
                    practiceTotal += sum;
                }
            }
            if (total > practiceTotal) {
                weights.put(NOT_BY_PRACTICE, total - practiceTotal);
            }
        }
        if (weights.isEmpty()) {
            weights.put(NOT_BY_PRACTICE, 1L);
        }
        return weights;
    }

    private static boolean yearEnd(StatementLine line) {
        return line.description().startsWith("Annual reconciliation")
                || line.description().startsWith("Stretch bonus");
    }

    /** Largest remainder: floor shares, then the pennies left to the largest remainders, ties in key order. */
    static Map<String, Long> split(long pennies, Map<String, Long> weights) {
        long sign = pennies < 0 ? -1 : 1;
        long amount = Math.abs(pennies);
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> shares = new TreeMap<>();
        Map<String, Long> remainders = new TreeMap<>();
        long given = 0;
        for (Map.Entry<String, Long> weight : weights.entrySet()) {
            BigDecimal[] division = BigDecimal.valueOf(amount)
                    .multiply(BigDecimal.valueOf(weight.getValue()))
                    .divideAndRemainder(BigDecimal.valueOf(total));
            long share = division[0].longValueExact();
            shares.put(weight.getKey(), share);
            remainders.put(weight.getKey(), division[1].longValueExact());
            given += share;
        }
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort((a, b) -> Long.compare(remainders.get(b), remainders.get(a)));
        for (int n = 0; given < amount; n++, given++) {
            shares.merge(byRemainder.get(n), 1L, Long::sum);
        }
        shares.replaceAll((k, v) -> v * sign);
        return shares;
    }

    private PracticeAmount amount(String practice, Map<YearMonth, Long> pennies) {
        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        long sum = 0;
        for (YearMonth month : months) {
            long value = pennies == null ? 0 : pennies.getOrDefault(month, 0L);
            sum += value;
            byMonth.put(month, BigDecimal.valueOf(value, 2));
        }
        Map<YearMonth, Integer> counts = practices.getOrDefault(practice, Map.of());
        long clientMonths =
                months.stream().mapToLong(m -> counts.getOrDefault(m, 0)).sum();
        return new PracticeAmount(practice, clientMonths, byMonth, BigDecimal.valueOf(sum, 2));
    }
}
