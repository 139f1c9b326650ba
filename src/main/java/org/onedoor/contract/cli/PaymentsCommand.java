package org.onedoor.contract.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractDocumentReader;
import org.onedoor.contract.evidence.ActivityEvidence;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.evidence.EvidenceSnapshot;
import org.onedoor.contract.evidence.EvidenceSource;
import org.onedoor.contract.evidence.NdtmsActivityFile;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentCalculator;
import org.onedoor.contract.rules.PaymentRuleValidation;
import org.onedoor.contract.rules.Pounds;
import org.onedoor.contract.rules.StatementLine;
import org.onedoor.contract.rules.YearStatement;
import org.onedoor.shared.Messages;
import org.onedoor.shared.cli.CommandProblem;
import org.springframework.stereotype.Component;

/**
 * The payment run of the command line: the activity file goes into an evidence snapshot on the in-memory database
 * through the same loader and SQL as an upload to the server, and the same engine computes every financial year the
 * months touch (from April, so year-to-date rules are right even when {@code --from} is mid-year). A contract that
 * counts attended contacts is refused before the file is read: dataset K carries no contact dates; so is one that
 * pays on outcome measures, naming the rule: an activity file holds no outcome records.
 */
@Component
class PaymentsCommand {

    private final NdtmsActivityFile activityFile;
    private final EvidenceReader evidence;
    private final WithholdActivity withholds;
    private final PaymentCalculator calculator = new PaymentCalculator();

    PaymentsCommand(NdtmsActivityFile activityFile, EvidenceReader evidence, WithholdActivity withholds) {
        this.activityFile = activityFile;
        this.evidence = evidence;
        this.withholds = withholds;
    }

    /** Writes the statement lines and returns what to print: warnings, then the totals of each financial year. */
    List<String> run(PaymentsArguments arguments) {
        ContractDocument contract =
                ContractDocumentReader.read(arguments.contract().getFileName().toString(), read(arguments));
        contract.evidence().requireReadableFrom(EvidenceSource.IMPORTED_FILE);
        refuseOutcomeMeasures(contract);
        EvidenceSnapshot snapshot = activityFile.load(
                arguments.activity(),
                arguments.to().atEndOfMonth(),
                "Command line: " + arguments.activity().getFileName());
        YearMonth first =
                contract.evidence().readFrom(FinancialYear.of(arguments.from()).first());
        ActivityEvidence activity = evidence.read(snapshot.id(), first, arguments.to(), contract.evidence());
        withholds.load(contract, arguments.activity());
        List<StatementLine> lines = new ArrayList<>();
        List<String> report = new ArrayList<>();
        PaymentRuleValidation.validate(contract.rules())
                .warningMessages()
                .forEach(warning -> report.add("Warning: " + warning));
        for (FinancialYear year = FinancialYear.of(arguments.from());
                !year.first().isAfter(arguments.to());
                year = new FinancialYear(year.startYear() + 1)) {
            YearMonth through = year.last().isAfter(arguments.to()) ? arguments.to() : year.last();
            YearStatement statement = calculator.year(
                    contract.rules(), activity.withIndicators(withholds.measured(snapshot, contract, through)), year);
            List<StatementLine> inRange = statement.lines().stream()
                    .filter(line -> !line.month().isBefore(arguments.from())
                            && !line.month().isAfter(arguments.to()))
                    .toList();
            lines.addAll(inRange);
            report.addAll(totals(year, inRange));
        }
        StatementCsv.write(lines, arguments.out());
        report.add(lines.size() + " statement lines written to " + arguments.out());
        return report;
    }

    /** An NDTMS activity file holds no outcome records, so a rule paying on them cannot be run from one. */
    private static void refuseOutcomeMeasures(ContractDocument contract) {
        List<String> names = contract.rules().rules().stream()
                .filter(rule -> rule instanceof OutcomeMeasurePayment)
                .map(rule -> rule.name())
                .toList();
        if (!names.isEmpty()) {
            throw new CommandProblem(Messages.text("contract.payments.outcomeMeasures", String.join(", ", names)));
        }
    }

    private static List<String> totals(FinancialYear year, List<StatementLine> lines) {
        Map<String, java.math.BigDecimal> byRule = new LinkedHashMap<>();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO.setScale(2);
        for (StatementLine line : lines) {
            byRule.merge(line.rule(), line.amount(), java.math.BigDecimal::add);
            total = total.add(line.amount());
        }
        List<String> report = new ArrayList<>();
        report.add("Financial year " + year + ": " + Pounds.format(total));
        byRule.forEach((rule, amount) -> report.add("  " + rule + ": " + Pounds.format(amount)));
        return report;
    }

    private static String read(PaymentsArguments arguments) {
        try {
            return Files.readString(arguments.contract(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandProblem("Could not read " + arguments.contract() + ": " + e.getMessage());
        }
    }
}
