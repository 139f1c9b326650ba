package org.onedoor.contract.runs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.store.ContractSummary;
import org.onedoor.contract.store.Contracts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.springframework.stereotype.Component;

/** Whether a contract's month may be run now: shared by a single run and the month end of many contracts. */
@Component
class RunChecks {

    private final Contracts contracts;
    private final RunRows rows;
    private final Clock clock;

    RunChecks(Contracts contracts, RunRows rows, Clock clock) {
        this.contracts = contracts;
        this.rows = rows;
        this.clock = clock;
    }

    /** The contract, when its month has ended, is in its term and is neither approved nor followed by an approval. */
    ContractSummary runnable(UUID contractId, YearMonth month) {
        ContractSummary contract = contracts.find(contractId);
        if (contract.status() == ContractHeader.Status.DRAFT) {
            throw new DomainRuleViolation(
                    "CONTRACT_NOT_ACTIVE",
                    "contract",
                    "Contract " + contract.reference() + " is a draft: activate it before running its payments");
        }
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(month.atEndOfMonth())) {
            throw new DomainRuleViolation(
                    "MONTH_NOT_ENDED",
                    "month",
                    month + " has not ended (today is " + today + "): run it from "
                            + month.plusMonths(1).atDay(1));
        }
        if (month.isBefore(YearMonth.from(contract.termStart()))) {
            throw new DomainRuleViolation(
                    "MONTH_BEFORE_TERM",
                    "month",
                    "Contract " + contract.reference() + " starts " + contract.termStart()
                            + ": there is nothing to pay for " + month);
        }
        rows.find(contractId, month)
                .filter(row -> row.status() == StatementStatus.APPROVED)
                .ifPresent(row -> {
                    throw alreadyApproved(row, "run again");
                });
        List<YearMonth> later = rows.approvedMonths(contractId, month.plusMonths(1), month.plusYears(50));
        if (!later.isEmpty()) {
            throw new DomainRuleViolation(
                    "LATER_MONTH_APPROVED", "month", Messages.text("contract.run.laterApproved", later.get(0), month));
        }
        return contract;
    }

    static DomainRuleViolation alreadyApproved(StatementRow row, String what) {
        return new DomainRuleViolation(
                "STATEMENT_APPROVED",
                "status",
                Messages.text(
                        "contract.run.statementApproved",
                        row.contractReference(),
                        row.month(),
                        row.approvedBy(),
                        row.approvedAt(),
                        what));
    }

    static DomainRuleViolation runMeanwhile(String reference, YearMonth month) {
        return new DomainRuleViolation(
                "STATEMENT_CHANGED", "month", Messages.text("contract.run.changedMeanwhile", month, reference));
    }
}
