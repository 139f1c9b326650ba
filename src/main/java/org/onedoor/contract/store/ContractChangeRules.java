package org.onedoor.contract.store;

import java.time.YearMonth;
import java.util.Optional;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.document.ContractHeader.Status;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;

/**
 * What may change in a stored contract, and when: only a draft is revised; only an active contract's rules change,
 * from a month in its term after the last approved statement; a document replaces only its own contract. Each
 * refusal names the field it is about.
 */
final class ContractChangeRules {

    private ContractChangeRules() {}

    static void requireDraft(ContractSummary contract) {
        if (!contract.editable()) {
            throw new DomainRuleViolation(
                    "CONTRACT_NOT_DRAFT",
                    "status",
                    "Contract " + contract.reference()
                            + " is " + contract.status().name().toLowerCase()
                            + ": only a draft is edited; change an active contract's rules from a month instead");
        }
    }

    static void requireActive(ContractSummary contract) {
        if (contract.status() != Status.ACTIVE) {
            throw new DomainRuleViolation(
                    "CONTRACT_NOT_ACTIVE",
                    "status",
                    "Contract " + contract.reference()
                            + " is " + contract.status().name().toLowerCase() + ": "
                            + (contract.editable() ? "revise the draft instead" : "an ended contract does not change"));
        }
    }

    /** A new rule set takes effect inside the term and after the last approved month (when there is one). */
    static void requireEffectiveFrom(
            ContractSummary contract, YearMonth effectiveFrom, Optional<YearMonth> lastApproved) {
        if (effectiveFrom.isBefore(YearMonth.from(contract.termStart()))) {
            throw new DomainRuleViolation(
                    "CONTRACT_EFFECTIVE_FROM",
                    "effectiveFrom",
                    Messages.text(
                            "contract.effectiveFrom.beforeTerm", effectiveFrom, YearMonth.from(contract.termStart())));
        }
        lastApproved.filter(approved -> !effectiveFrom.isAfter(approved)).ifPresent(approved -> {
            throw new DomainRuleViolation(
                    "CONTRACT_EFFECTIVE_FROM",
                    "effectiveFrom",
                    Messages.text("contract.effectiveFrom.approved", approved, approved.plusMonths(1), effectiveFrom));
        });
    }

    static ContractDocument sameContract(ContractSummary contract, ContractDocument document, Status status) {
        if (!document.header().reference().equals(contract.reference())) {
            throw new DomainRuleViolation(
                    "CONTRACT_REFERENCE",
                    "reference",
                    Messages.text(
                            "contract.reference.otherContract",
                            document.header().reference(),
                            contract.reference()));
        }
        return withStatus(document, status);
    }

    static ContractDocument withStatus(ContractDocument document, Status status) {
        ContractHeader h = document.header();
        return new ContractDocument(
                new ContractHeader(
                        h.reference(), h.name(), h.commissioners(), h.leadProvider(), h.services(), h.term(), status),
                document.rules(),
                document.evidence());
    }

    static DomainRuleViolation changedMeanwhile(ContractSummary contract) {
        return new DomainRuleViolation(
                "CONTRACT_CHANGED",
                "status",
                "Contract " + contract.reference()
                        + " was changed by someone else a moment ago: reload it and try again");
    }
}
