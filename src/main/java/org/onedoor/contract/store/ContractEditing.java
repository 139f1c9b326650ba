package org.onedoor.contract.store;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractDocumentWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts entered on screen rather than imported. Each document is written out as the contract document it is and
 * stored through {@link Contracts}' own import, revise and change paths, so a contract typed in passes exactly the
 * checks an imported document passes (the document reader's and {@link
 * org.onedoor.contract.rules.PaymentRuleValidation}'s), and is stored as the same canonical YAML.
 */
@Service
@Transactional
public class ContractEditing {

    /** What the store names a document that came from the screens, in its problems. */
    public static final String SCREEN = "the contract editor";

    private final Contracts contracts;

    ContractEditing(Contracts contracts) {
        this.contracts = contracts;
    }

    /** Stores a new draft contract as its version 1, in force from the start of its term. */
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary createDraft(ContractDocument document) {
        return contracts.create(SCREEN, ContractDocumentWriter.write(document), "Created in OneDoor");
    }

    /** A new version of a draft's rules and funding (the header stays as it is stored). */
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary reviseDraft(UUID id, ContractDocument document, String reason) {
        return contracts.reviseDraft(id, SCREEN, ContractDocumentWriter.write(document), reason);
    }

    /** A new version of an active contract's rules and funding, in force from {@code effectiveFrom}. */
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary changeRules(UUID id, ContractDocument document, YearMonth effectiveFrom, String reason) {
        return contracts.changeRules(id, SCREEN, ContractDocumentWriter.write(document), effectiveFrom, reason);
    }

    /** The document of the contract's current (highest) version, to edit. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public ContractDocument current(UUID id) {
        List<ContractVersion> versions = contracts.versions(id);
        return versions.get(versions.size() - 1).document();
    }
}
