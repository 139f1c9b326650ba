package org.onedoor.client.merge;

import static org.onedoor.shared.Text.tidy;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientIdentity;
import org.onedoor.client.ClientRecordQuery;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * What a merge needs of its two records and its reason: a survivor that is neither merged nor voided, a different
 * duplicate that is neither either, and a reason of at most 500 characters. Each refusal names the field it is about.
 */
@Component
class MergeRules {

    private final ClientRecordQuery query;
    private final MergeStore store;

    MergeRules(ClientRecordQuery query, MergeStore store) {
        this.query = query;
        this.store = store;
    }

    ClientIdentity survivor(UUID survivorId) {
        ClientIdentity survivor = query.identity(survivorId).orElseThrow(() -> new NotFound("Client", survivorId));
        if (survivor.mergedInto() != null) {
            throw new DomainRuleViolation(
                    "SURVIVOR_MERGED",
                    null,
                    Messages.text(
                            "client.record.survivorMerged.hasBeenMerged",
                            survivor.reference(),
                            store.reference(survivor.mergedInto().value())));
        }
        if (survivor.voidedAt() != null) {
            throw new DomainRuleViolation(
                    "SURVIVOR_VOID", null, Messages.text("client.record.survivorVoid", survivor.reference()));
        }
        return survivor;
    }

    ClientIdentity duplicate(ClientIdentity survivor, UUID duplicateId) {
        if (survivor.id().equals(duplicateId)) {
            throw new DomainRuleViolation(
                    "MERGE_INTO_ITSELF", "duplicate", Messages.text("client.duplicate.mergeIntoItself"));
        }
        ClientIdentity duplicate = query.identity(duplicateId).orElseThrow(() -> new NotFound("Client", duplicateId));
        if (duplicate.mergedInto() != null) {
            throw new DomainRuleViolation(
                    "ALREADY_MERGED",
                    "duplicate",
                    Messages.text(
                            "client.duplicate.alreadyMerged",
                            duplicate.reference(),
                            store.reference(duplicate.mergedInto().value())));
        }
        if (duplicate.voidedAt() != null) {
            throw new DomainRuleViolation(
                    "DUPLICATE_VOID",
                    "duplicate",
                    Messages.text("client.duplicate.duplicateVoid", duplicate.reference()));
        }
        return duplicate;
    }

    /** The survivor of a merge being undone, refused when it has since been merged into another record. */
    ClientIdentity survivorToUndo(UUID survivorId) {
        ClientIdentity survivor = query.identity(survivorId).orElseThrow();
        if (survivor.mergedInto() != null) {
            throw new DomainRuleViolation(
                    "SURVIVOR_MERGED",
                    null,
                    Messages.text(
                            "client.record.survivorMerged",
                            survivor.reference(),
                            store.reference(survivor.mergedInto().value())));
        }
        return survivor;
    }

    static String reason(@Nullable String reason, String message) {
        String why = tidy(reason);
        if (why == null) {
            throw new DomainRuleViolation("REASON_REQUIRED", "reason", message);
        }
        if (why.length() > 500) {
            throw new DomainRuleViolation("TOO_LONG", "reason", Messages.text("client.reason.tooLong"));
        }
        return why;
    }
}
