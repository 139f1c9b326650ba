package org.onedoor.contract.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.onedoor.contract.document.ContractHeader;

/**
 * A contract as a list or a header panel shows it: its reference and parties, its term, where it is in its
 * lifecycle, and its current rule-set version (the highest) with the month that version is effective from.
 */
public record ContractSummary(
        UUID id,
        String reference,
        String name,
        String leadProvider,
        LocalDate termStart,
        LocalDate termEnd,
        ContractHeader.Status status,
        int currentVersion,
        YearMonth currentEffectiveFrom) {

    public boolean editable() {
        return status == ContractHeader.Status.DRAFT;
    }
}
