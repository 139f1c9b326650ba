package org.onedoor.contract.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.onedoor.contract.document.ContractDocument;
import org.onedoor.contract.document.ContractDocumentReader;
import org.onedoor.contract.document.ContractDocumentWriter;
import org.onedoor.contract.document.ContractHeader;
import org.onedoor.contract.document.ContractHeader.Status;
import org.onedoor.contract.rules.ContractRules;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of the contract store. A contract comes in as a contract document (YAML, read by {@link
 * ContractDocumentReader}: a bad document is refused naming its line and field, and nothing is saved) and goes out
 * as one. Each change of rules stores the whole document again as a new version: a draft is revised freely (its
 * versions take effect from the start of the term); an active contract's change takes effect from a month after
 * the last approved payment statement. Versions are never changed or deleted.
 */
@Service
@Transactional
public class Contracts {

    private final ContractRows rows;
    private final Clock clock;
    private final CurrentUsers currentUsers;

    Contracts(ContractRows rows, Clock clock, CurrentUsers currentUsers) {
        this.rows = rows;
        this.clock = clock;
        this.currentUsers = currentUsers;
    }

    /** Imports a new contract (draft, or active when the document says so) as its version 1. */
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary importDocument(String file, String yaml) {
        return create(file, yaml, "Imported from " + file);
    }

    ContractSummary create(String file, String yaml, String reason) {
        ContractDocument document = ContractDocumentReader.read(file, yaml);
        ContractHeader header = document.header();
        if (header.status() == Status.ENDED) {
            throw new DomainRuleViolation(
                    "CONTRACT_LIFECYCLE",
                    "status",
                    file + ": contract " + header.reference() + " says it has ended; import it as DRAFT or ACTIVE");
        }
        rows.summaryByReference(header.reference()).ifPresent(existing -> {
            throw new DomainRuleViolation(
                    "CONTRACT_EXISTS",
                    "reference",
                    file + ": contract " + header.reference()
                            + " is already stored (version " + existing.currentVersion()
                            + "); change its rules to store a new version");
        });
        UUID id = UUID.randomUUID();
        try {
            rows.insert(id, header, now(), actor());
        } catch (DuplicateKeyException e) {
            throw new DomainRuleViolation(
                    "CONTRACT_EXISTS",
                    "reference",
                    "Contract " + header.reference() + " was stored by someone else a moment ago");
        }
        store(id, 1, YearMonth.from(header.term().start()), document, reason);
        return find(id);
    }

    /** Replaces a draft's document with a revised one: a new version, effective from the start of the term. */
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary reviseDraft(UUID id, String file, String yaml, String reason) {
        ContractSummary contract = find(id);
        ContractChangeRules.requireDraft(contract);
        ContractDocument document =
                ContractChangeRules.sameContract(contract, ContractDocumentReader.read(file, yaml), Status.DRAFT);
        if (!rows.updateHeader(id, document.header(), now(), actor())) {
            throw ContractChangeRules.changedMeanwhile(contract);
        }
        store(
                id,
                contract.currentVersion() + 1,
                YearMonth.from(document.header().term().start()),
                document,
                reason);
        return find(id);
    }

    /** A new rule set for an active contract, in force from {@code effectiveFrom}; earlier months keep theirs. */
    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary changeRules(UUID id, String file, String yaml, YearMonth effectiveFrom, String reason) {
        ContractSummary contract = find(id);
        ContractChangeRules.requireActive(contract);
        ContractDocument document =
                ContractChangeRules.sameContract(contract, ContractDocumentReader.read(file, yaml), Status.ACTIVE);
        ContractChangeRules.requireEffectiveFrom(contract, effectiveFrom, rows.lastApprovedMonth(id));
        store(id, contract.currentVersion() + 1, effectiveFrom, document, reason);
        return find(id);
    }

    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary activate(UUID id) {
        return move(id, Status.ACTIVE);
    }

    @PreAuthorize("hasAuthority('CONTRACT_MANAGE')")
    public ContractSummary end(UUID id) {
        return move(id, Status.ENDED);
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public ContractSummary find(UUID id) {
        return rows.summary(id).orElseThrow(() -> new NotFound("Contract", id));
    }

    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public List<ContractSummary> list() {
        return rows.summaries();
    }

    /** Every version, oldest first. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public List<ContractVersion> versions(UUID id) {
        find(id);
        return rows.versions(id);
    }

    /** The version in force for a month (refused for a month before the first version takes effect). */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public ContractVersion versionFor(UUID id, YearMonth month) {
        ContractSummary contract = find(id);
        return rows.versionFor(id, month)
                .orElseThrow(() -> new DomainRuleViolation(
                        "CONTRACT_NO_RULES",
                        "month",
                        "Contract " + contract.reference() + " has no rules in force in " + month + ": its term starts "
                                + contract.termStart()));
    }

    /** The current version's funding lines, per stream and financial year. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public List<ContractRules.Funding> funding(UUID id) {
        List<ContractVersion> versions = versions(id);
        return versions.get(versions.size() - 1).document().rules().funding();
    }

    /** The current version as a contract document, with the contract's status as it is now. */
    @PreAuthorize("hasAuthority('CONTRACT_VIEW')")
    @Transactional(readOnly = true)
    public String exportDocument(UUID id) {
        ContractSummary contract = find(id);
        List<ContractVersion> versions = rows.versions(id);
        ContractDocument document = versions.get(versions.size() - 1).document();
        return ContractDocumentWriter.write(ContractChangeRules.withStatus(document, contract.status()));
    }

    private ContractSummary move(UUID id, Status to) {
        ContractSummary contract = find(id);
        ContractLifecycle.check(contract.reference(), contract.status(), to);
        if (!rows.changeStatus(id, contract.status(), to, LocalDate.now(clock), now(), actor())) {
            throw ContractChangeRules.changedMeanwhile(contract);
        }
        return find(id);
    }

    private void store(UUID id, int number, YearMonth effectiveFrom, ContractDocument document, String reason) {
        if (reason.isBlank() || reason.length() > 500) {
            throw new DomainRuleViolation(
                    "CONTRACT_REASON", "reason", "Say why the rules change, in 1 to 500 characters");
        }
        String yaml = ContractDocumentWriter.write(document);
        try {
            rows.insertVersion(id, number, effectiveFrom, yaml, document.rules(), reason.strip(), now(), actor());
        } catch (DuplicateKeyException e) {
            throw new DomainRuleViolation(
                    "CONTRACT_CHANGED",
                    "version",
                    "Someone else stored version " + number
                            + " of this contract a moment ago: reload it and make your change again");
        }
    }

    private OffsetDateTime now() {
        return DbTime.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private String actor() {
        return currentUsers.actorName();
    }
}
