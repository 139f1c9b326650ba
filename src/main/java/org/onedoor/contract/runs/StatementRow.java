package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.evidence.SnapshotId;

/** A statement's header row with its last run, before its lines are read. */
record StatementRow(
        UUID id,
        UUID contractId,
        String contractReference,
        YearMonth month,
        StatementStatus status,
        BigDecimal total,
        int runs,
        UUID snapshotId,
        int contractVersion,
        Instant runAt,
        String runBy,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    Statement with(List<PaymentLine> lines) {
        return new Statement(
                new StatementId(id),
                contractId,
                contractReference,
                month,
                status,
                total,
                runs,
                new SnapshotId(snapshotId),
                contractVersion,
                runAt,
                runBy,
                approvedBy,
                approvedAt,
                lines);
    }
}
