package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.SnapshotId;

/**
 * A contract's payment statement for one month, as its last run computed it: the snapshot and contract version it
 * read, who ran it and when, who approved it, and its lines (payments, then adjustments for earlier months).
 *
 * @param runs how many times the month was run (each run is kept)
 */
public record Statement(
        StatementId id,
        UUID contractId,
        String contractReference,
        YearMonth month,
        StatementStatus status,
        BigDecimal total,
        int runs,
        SnapshotId snapshotId,
        int contractVersion,
        Instant runAt,
        String runBy,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        List<PaymentLine> lines) {

    public Statement {
        lines = List.copyOf(lines);
    }

    public List<PaymentLine> adjustments() {
        return lines.stream()
                .filter(line -> line.kind() == PaymentLine.Kind.ADJUSTMENT)
                .toList();
    }

    public List<PaymentLine> payments() {
        return lines.stream()
                .filter(line -> line.kind() == PaymentLine.Kind.PAYMENT)
                .toList();
    }
}
