package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.evidence.CountedClients;
import org.onedoor.contract.evidence.EvidenceReader;
import org.onedoor.contract.rules.BlockPayment;
import org.onedoor.contract.rules.OutcomeMeasurePayment;
import org.onedoor.contract.rules.PaymentByOutcomes;
import org.onedoor.contract.rules.PaymentRule;
import org.onedoor.contract.rules.PerClientPerMonth;
import org.onedoor.contract.rules.Pounds;
import org.onedoor.contract.rules.QualityWithhold;
import org.onedoor.contract.rules.Retainer;
import org.onedoor.contract.runs.PaymentLine;
import org.onedoor.contract.runs.Statement;
import org.onedoor.contract.store.ContractVersion;
import org.onedoor.contract.store.Contracts;
import org.onedoor.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Everything one statement line rests on, for the commissioner's "explain this line" page: the rule and its kind
 * in the version the run used, the arithmetic, the line's own description, and its pseudonymous evidence: the
 * client and episode keys of an outcome, or for a per-client-per-month payment every client the month counts.
 */
@Component
class LineExplanation {

    static final int PAGE_SIZE = 100;

    private final Contracts contracts;
    private final EvidenceReader evidence;

    LineExplanation(Contracts contracts, EvidenceReader evidence) {
        this.contracts = contracts;
        this.evidence = evidence;
    }

    /** The page's content; {@code number} counts the statement's lines from 1, as the statement table shows them. */
    Explained explain(Statement statement, int number, int offset) {
        if (number < 1 || number > statement.lines().size()) {
            throw new NotFound("Statement line", UUID.nameUUIDFromBytes((statement.id() + "/" + number).getBytes()));
        }
        PaymentLine line = statement.lines().get(number - 1);
        ContractDocument document = version(statement).document();
        @Nullable
        PaymentRule rule = document.rules().rules().stream()
                .filter(r -> r.name().equals(line.rule()))
                .findFirst()
                .orElse(null);
        @Nullable
        CountedClients counted = rule instanceof PerClientPerMonth && line.kind() == PaymentLine.Kind.PAYMENT
                ? evidence.countedClients(
                        statement.snapshotId().value(), line.forMonth(), document.evidence(), offset, PAGE_SIZE)
                : null;
        return new Explained(
                number, line, kind(rule), arithmetic(line), counted, ContractPage.counted(document.evidence()));
    }

    private ContractVersion version(Statement statement) {
        return contracts.versions(statement.contractId()).stream()
                .filter(v -> v.number() == statement.contractVersion())
                .findFirst()
                .orElseThrow(() -> new NotFound("Contract version", statement.contractId()));
    }

    static String kind(@Nullable PaymentRule rule) {
        if (rule instanceof BlockPayment) {
            return "Block payment";
        }
        if (rule instanceof Retainer) {
            return "Retainer per participating GP practice";
        }
        if (rule instanceof PerClientPerMonth) {
            return "Per client per month";
        }
        if (rule instanceof PaymentByOutcomes) {
            return "Payment by outcomes";
        }
        if (rule instanceof OutcomeMeasurePayment measure) {
            return "Outcome-measure payment: " + measure.measure().words();
        }
        if (rule instanceof QualityWithhold) {
            return "Quality withhold";
        }
        return "A rule no longer in the contract";
    }

    /** "1 × £180 = £180.00"; when a cap, rounding or the year to date made the amount differ, both figures. */
    static String arithmetic(PaymentLine line) {
        BigDecimal product = line.quantity().multiply(line.rate()).setScale(2, RoundingMode.HALF_UP);
        String sum = plain(line.quantity()) + " × £" + plain(line.rate()) + " = " + Pounds.format(product);
        if (product.compareTo(line.amount()) == 0) {
            return sum;
        }
        return sum + "; paid " + Pounds.format(line.amount())
                + " (the year to date to the penny or a cap decides it: see the description)";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.UK)).format(stripped);
    }

    /** @param counting who the contract counts, in words, as the contract page says it */
    record Explained(
            int number,
            PaymentLine line,
            String kind,
            String arithmetic,
            @Nullable CountedClients counted,
            String counting) {

        public List<String> outcomeKeys() {
            return counted == null ? line.evidence() : List.of();
        }
    }
}
