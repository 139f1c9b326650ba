package org.onedoor.contract.whatif;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.ClientMonths;
import org.onedoor.contract.evidence.EvidenceOptions;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.rules.EffectivePeriod;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentCalculator;
import org.onedoor.contract.rules.StatementLine;
import org.onedoor.contract.rules.YearStatement;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs scenarios side by side: the evidence is read once from the snapshot (the same SQL a payment run uses), every
 * scenario goes through the same {@link PaymentCalculator} for each financial year the months touch (earlier months
 * of a year count towards its caps even when the comparison starts later), and only the compared months' lines are
 * kept. Money by practice follows {@link PracticeShares}.
 */
@Service
@Transactional(readOnly = true)
public class WhatIf {

    private final EvidenceReader reader;
    private final WhatIfQueries queries;
    private final PaymentCalculator calculator = new PaymentCalculator();

    WhatIf(EvidenceReader reader, WhatIfQueries queries) {
        this.reader = reader;
        this.queries = queries;
    }

    /** The three models of the seed report; practices paid a retainer counted from the evidence when not entered. */
    public List<Scenario> standardScenarios(
            UUID snapshot, YearMonth from, YearMonth to, EvidenceOptions options, LegacyParameters legacy) {
        LegacyParameters counted = legacy.practices() != null
                ? legacy
                : legacy.withPractices(reader.participatingPractices(snapshot, from, to, options));
        return Scenarios.standard(EffectivePeriod.from(FinancialYear.of(from).first()), counted);
    }

    public ScenarioComparison compare(
            UUID snapshot, YearMonth from, YearMonth to, EvidenceOptions options, List<Scenario> scenarios) {
        check(from, to, scenarios);
        YearMonth yearStart = FinancialYear.of(from).first();
        ActivityEvidence evidence = reader.read(snapshot, options.readFrom(yearStart), to, options);
        Map<String, List<ClientMonths>> byPractice = reader.clientMonthsByPractice(snapshot, yearStart, to, options);
        Map<String, String> episodes = queries.completedEpisodePractices(snapshot, options);
        List<YearMonth> months = months(from, to);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(run(scenario, evidence, byPractice, episodes, months));
        }
        ActivityEvidence compared = new ActivityEvidence(
                evidence.clientMonths().stream()
                        .filter(m -> !m.month().isBefore(from))
                        .toList(),
                List.of());
        return new ScenarioComparison(
                snapshot, from, to, results, queries.monitor(snapshot, from, to, options, compared));
    }

    private ScenarioResult run(
            Scenario scenario,
            ActivityEvidence evidence,
            Map<String, List<ClientMonths>> byPractice,
            Map<String, String> episodes,
            List<YearMonth> months) {
        List<YearStatement> statements = new ArrayList<>();
        Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
        months.forEach(m -> byMonth.put(m, BigDecimal.ZERO.setScale(2)));
        Map<FinancialYear, BigDecimal> byYear = new LinkedHashMap<>();
        List<StatementLine> kept = new ArrayList<>();
        for (FinancialYear year = FinancialYear.of(months.get(0));
                !year.first().isAfter(months.get(months.size() - 1));
                year = new FinancialYear(year.startYear() + 1)) {
            YearStatement statement = calculator.year(scenario.rules(), evidence, year);
            List<StatementLine> lines = statement.lines().stream()
                    .filter(l -> byMonth.containsKey(l.month()))
                    .toList();
            YearStatement compared = new YearStatement(statement.contract(), year, lines);
            statements.add(compared);
            kept.addAll(lines);
            lines.forEach(l -> byMonth.merge(l.month(), l.amount(), BigDecimal::add));
            byYear.put(year, compared.total());
        }
        List<PracticeAmount> practices = new PracticeShares(
                        scenario.rules().rules(), evidence.clientMonths(), byPractice, episodes, months)
                .allocate(kept);
        BigDecimal total = byMonth.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new ScenarioResult(scenario, statements, byMonth, byYear, practices, total);
    }

    private static void check(YearMonth from, YearMonth to, List<Scenario> scenarios) {
        if (to.isBefore(from)) {
            throw new DomainRuleViolation(
                    "WHAT_IF_MONTHS", "to", Messages.text("contract.whatIf.to.beforeFrom", from, to));
        }
        if (scenarios.isEmpty()) {
            throw new DomainRuleViolation(
                    "WHAT_IF_SCENARIOS", "scenarios", Messages.text("contract.whatIf.scenarios.required"));
        }
        Set<String> names = new HashSet<>();
        for (Scenario scenario : scenarios) {
            if (!names.add(scenario.name())) {
                throw new DomainRuleViolation(
                        "WHAT_IF_SCENARIOS",
                        "scenarios",
                        "Two scenarios are both called \"" + scenario.name() + "\": give each its own name");
            }
        }
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
