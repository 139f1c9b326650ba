package org.onedoor.contract.runs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.FrozenIndicators;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.PaymentCalculator;
import org.onedoor.contract.rules.YearStatement;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.springframework.stereotype.Component;

/**
 * The lines of a month's run: the month computed with the contract version in force, then adjustment lines for the
 * approved months of this financial year and the one before whose figures the snapshot changes (A13). Each year is
 * read once per version ({@link #key}); a month end hands in the years it has already read in one pass.
 */
@Component
class RunLines {

    private final Contracts contracts;
    private final EvidenceReader evidence;
    private final RunRows rows;
    private final FrozenIndicators indicators;
    private final PaymentCalculator calculator = new PaymentCalculator();

    RunLines(Contracts contracts, EvidenceReader evidence, RunRows rows, FrozenIndicators indicators) {
        this.contracts = contracts;
        this.evidence = evidence;
        this.rows = rows;
        this.indicators = indicators;
    }

    /** The key of a year's statement under a version, read to a month, in the {@code years} map. */
    static String key(ContractVersion version, YearMonth to) {
        return version.number() + "/" + to;
    }

    /**
     * The year of {@code month} under a version, from evidence already read for it, with the indicators its quality
     * withholds are released on as frozen with the snapshot.
     */
    YearStatement year(ContractVersion version, EvidenceSnapshot snapshot, ActivityEvidence activity, YearMonth month) {
        ContractRules rules = version.document().rules();
        return calculator.year(
                rules,
                activity.withIndicators(
                        indicators.of(snapshot.id(), version.document().evidence(), rules, month)),
                FinancialYear.of(month));
    }

    List<PaymentLine> of(
            ContractSummary contract,
            YearMonth month,
            EvidenceSnapshot snapshot,
            ContractVersion version,
            Map<String, YearStatement> years) {
        List<PaymentLine> lines = new ArrayList<>(yearOf(version, snapshot, month, years).linesIn(month).stream()
                .map(PaymentLine::payment)
                .toList());
        YearMonth since = FinancialYear.of(month).first().minusYears(1);
        YearMonth previous = month.minusMonths(1);
        List<YearMonth> approved = rows.approvedMonths(contract.id(), since, previous);
        if (approved.isEmpty()) {
            return lines;
        }
        List<PaymentLine> paid = rows.paidFor(contract.id(), since, previous);
        for (YearMonth earlier : approved) {
            ContractVersion then = contracts.versionFor(contract.id(), earlier);
            YearMonth through = FinancialYear.of(earlier).equals(FinancialYear.of(month))
                    ? month
                    : FinancialYear.of(earlier).last();
            lines.addAll(Adjustments.of(
                    month,
                    earlier,
                    yearOf(then, snapshot, through, years).linesIn(earlier),
                    paid.stream()
                            .filter(line -> line.forMonth().equals(earlier))
                            .toList()));
        }
        return lines;
    }

    /** A year's lines to a month under one version, read once (versions may count evidence differently). */
    private YearStatement yearOf(
            ContractVersion version, EvidenceSnapshot snapshot, YearMonth to, Map<String, YearStatement> years) {
        return years.computeIfAbsent(
                key(version, to),
                key -> year(
                        version,
                        snapshot,
                        evidence.read(
                                snapshot.id(),
                                version.document()
                                        .evidence()
                                        .readFrom(FinancialYear.of(to).first()),
                                to,
                                version.document().evidence()),
                        to));
    }
}
