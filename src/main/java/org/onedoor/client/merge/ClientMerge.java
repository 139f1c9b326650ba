package org.onedoor.client.merge;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.ClientAudit;
import org.onedoor.client.ClientHistory;
import org.onedoor.client.ClientId;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ClientMergeUndone;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.client.ClientRecordsMerged;
import org.onedoor.client.MergedRows;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate client record into the one kept (the survivor), and undoes a merge exactly. The duplicate
 * stays, pointing at the survivor; its care team, consent, alerts, substances and timeline move to the survivor,
 * each row keeping the client it was first recorded for, so undoing moves back exactly those. Its history, audit
 * entries and break-glass grants stay under its own id. Modules above follow with their own rows (referrals,
 * episodes, prescribing …) in synchronous listeners of {@link ClientRecordsMerged} and {@link ClientMergeUndone}, in
 * this transaction (see {@link MergedRows}). For team managers, who must be able to see both records: access is
 * decided before anything about either record is read or told.
 */
@Service
public class ClientMerge {

    private final AccessPolicy access;
    private final ClientRecordQuery query;
    private final MergeLinks links;
    private final MergeStore store;
    private final MergeRules rules;
    private final MergeLinking linking;
    private final ClientHistory history;
    private final ClientAudit audit;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientMerge(
            AccessPolicy access,
            ClientRecordQuery query,
            MergeLinks links,
            MergeStore store,
            MergeRules rules,
            MergeLinking linking,
            ClientHistory history,
            ClientAudit audit,
            CurrentUsers currentUsers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.query = query;
        this.links = links;
        this.store = store;
        this.rules = rules;
        this.linking = linking;
        this.history = history;
        this.audit = audit;
        this.currentUsers = currentUsers;
        this.events = events;
        this.clock = clock;
    }

    /** The record with the reference typed as the duplicate ("C100123"); a problem at the field otherwise. */
    @PreAuthorize("hasAuthority('CLIENT_MERGE')")
    public UUID duplicateOf(@Nullable String reference) {
        String typed = tidy(reference);
        if (typed == null) {
            throw new DomainRuleViolation("REQUIRED", "duplicate", Messages.text("client.duplicate.required"));
        }
        return query.byReference(typed.toUpperCase(Locale.UK))
                .orElseThrow(() -> new DomainRuleViolation(
                        "UNKNOWN_REFERENCE", "duplicate", Messages.text("client.duplicate.unknownReference", typed)));
    }

    /** The two records side by side (the duplicate once chosen), after every rule but the reason. */
    @PreAuthorize("hasAuthority('CLIENT_MERGE')")
    public MergeComparison compare(UUID survivorId, @Nullable UUID duplicateId) {
        AccessDecision survivorAccess = requireWhereItLives(survivorId);
        AccessDecision duplicateAccess =
                duplicateId == null || duplicateId.equals(survivorId) ? null : requireWhereItLives(duplicateId);
        ClientIdentity survivor = rules.survivor(survivorId);
        ClientIdentity duplicate = duplicateId == null ? null : rules.duplicate(survivor, duplicateId);
        audit.viewed(survivorId, survivorAccess, "Merge records: comparison");
        if (duplicate != null && duplicateAccess != null) {
            audit.viewed(duplicate.id(), duplicateAccess, "Merge records: comparison");
        }
        return new MergeComparison(survivor, duplicate);
    }

    /** Merges the duplicate into the survivor and returns the merge's id, for undoing it. */
    @PreAuthorize("hasAuthority('CLIENT_MERGE')")
    @Transactional
    public UUID merge(UUID survivorId, UUID duplicateId, @Nullable String reason) {
        AccessDecision survivorAccess = requireWhereItLives(survivorId);
        AccessDecision duplicateAccess = requireWhereItLives(duplicateId);
        ClientIdentity survivor = rules.survivor(survivorId);
        ClientIdentity duplicate = rules.duplicate(survivor, duplicateId);
        String why = MergeRules.reason(reason, Messages.text("client.reason.reasonRequired.merge"));
        String by = currentUsers.actorName();
        var at = DbTime.now(clock);
        if (!linking.link(survivorId, duplicateId, at, by)) {
            throw new DomainRuleViolation(
                    "MERGE_CONFLICT", "duplicate", Messages.text("client.duplicate.mergeConflict"));
        }
        store.moveRows(duplicateId, survivorId);
        UUID id = UUID.randomUUID();
        linking.record(id, survivorId, duplicateId, why, at, by);
        history.record(survivorId, "MERGED_IN", duplicate.reference() + " merged into this record: " + why, by);
        history.record(duplicateId, "MERGED", "Merged into " + survivor.reference() + ": " + why, by);
        audit.did(
                AccessAction.CHANGE,
                survivorId,
                survivorAccess.basis(),
                "Merged " + duplicate.reference() + " into " + survivor.reference());
        audit.did(
                AccessAction.CHANGE,
                duplicateId,
                duplicateAccess.basis(),
                "Merged " + duplicate.reference() + " into " + survivor.reference());
        events.publishEvent(new ClientRecordsMerged(new ClientId(survivorId), new ClientId(duplicateId), id));
        return id;
    }

    /** One merge, for the page that undoes it. */
    @PreAuthorize("hasAuthority('CLIENT_MERGE')")
    public MergeSummary summary(UUID mergeId) {
        MergeSummary merge = store.find(mergeId);
        audit.viewed(
                merge.survivorId().value(),
                requireWhereItLives(merge.survivorId().value()),
                "Undo merge: " + merge.duplicateReference());
        return merge;
    }

    /**
     * Puts back every row first recorded for the duplicate (or for records merged into it) and separates the two
     * records; returns the merge as it was.
     */
    @PreAuthorize("hasAuthority('CLIENT_MERGE')")
    @Transactional
    public MergeSummary undo(UUID mergeId, @Nullable String reason) {
        MergeSummary merge = store.find(mergeId);
        UUID survivorId = merge.survivorId().value();
        UUID duplicateId = merge.duplicateId().value();
        AccessDecision decision = requireWhereItLives(survivorId);
        if (merge.undone()) {
            throw new DomainRuleViolation("ALREADY_UNDONE", null, Messages.text("client.record.alreadyUndone"));
        }
        rules.survivorToUndo(survivorId);
        String why = MergeRules.reason(reason, Messages.text("client.reason.reasonRequired.undoMerge"));
        String by = currentUsers.actorName();
        Set<UUID> origins = links.withMerged(duplicateId);
        store.moveRowsBack(survivorId, duplicateId, origins);
        if (!linking.separate(mergeId, survivorId, duplicateId, why, by)) {
            throw new DomainRuleViolation("ALREADY_UNDONE", null, Messages.text("client.record.alreadyUndone"));
        }
        history.record(survivorId, "MERGE_UNDONE", "Merge of " + merge.duplicateReference() + " undone: " + why, by);
        history.record(
                duplicateId, "MERGE_UNDONE", "No longer merged into " + merge.survivorReference() + ": " + why, by);
        String detail = "Undid the merge of " + merge.duplicateReference() + " into " + merge.survivorReference();
        audit.did(AccessAction.CHANGE, survivorId, decision.basis(), detail);
        audit.did(AccessAction.CHANGE, duplicateId, decision.basis(), detail);
        events.publishEvent(new ClientMergeUndone(merge.survivorId(), merge.duplicateId(), mergeId));
        return merge;
    }

    /**
     * Access to the record a client now lives in (itself unless merged), decided before anything about it is read or
     * told, so a refusal never follows a message that names another record.
     */
    private AccessDecision requireWhereItLives(UUID clientId) {
        return access.require(links.survivorOf(clientId));
    }
}
