package org.onedoor.contract.runs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
                id,
                contractId,
                contractReference,
                month,
                status,
                total,
                runs,
                snapshotId,
                contractVersion,
                runAt,
                runBy,
                approvedBy,
                approvedAt,
                lines);
    }
}
