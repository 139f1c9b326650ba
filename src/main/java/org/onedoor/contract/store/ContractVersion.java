package org.onedoor.contract.store;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.onedoor.contract.document.ContractDocument;

/**
 * One stored rule-set version of a contract: the whole document as it was agreed, the month it takes effect, who
 * stored it and why. Versions are kept for good; the one in force for a month is the highest effective by then.
 */
public record ContractVersion(
        UUID contractId,
        int number,
        YearMonth effectiveFrom,
        ContractDocument document,
        String yaml,
        String reason,
        Instant createdAt,
        String createdBy) {}
