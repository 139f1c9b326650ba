package org.onedoor.monitoring.alerts;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.ClientRecords;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Privilege;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Links a report to the client whose reference the reporter typed, only when the access policy lets the reporter
 * open that client's record now (a refusal is written to the audit trail by the policy and told to the reporter).
 */
@Component
class ClientLink {

    private final CurrentUsers currentUsers;
    private final ClientRecords records;
    private final AccessPolicy access;

    ClientLink(CurrentUsers currentUsers, ClientRecords records, AccessPolicy access) {
        this.currentUsers = currentUsers;
        this.records = records;
        this.access = access;
    }

    /** The client's id, or null when no reference was typed or the link is refused (a problem at the field). */
    @Nullable
    UUID resolve(@Nullable String reference, FieldProblems.Collector problems) {
        if (reference == null) {
            return null;
        }
        if (!currentUsers.require().has(Privilege.CLIENT_RECORD_VIEW)) {
            problems.add("clientReference", "NO_CLIENT_ACCESS", Messages.text("monitoring.clientReference.noAccess"));
            return null;
        }
        if (reference.length() > 20 || !reference.matches("[A-Za-z0-9-]+")) {
            problems.add("clientReference", "NOT_FOUND", Messages.text("monitoring.clientReference.notFound"));
            return null;
        }
        try {
            UUID client = records.idOf(reference);
            access.require(client);
            return client;
        } catch (NotFound unknown) {
            problems.add("clientReference", "NOT_FOUND", Messages.text("monitoring.clientReference.notFound"));
        } catch (AccessRefused refused) {
            problems.add(
                    "clientReference",
                    "REFUSED",
                    Messages.text("monitoring.clientReference.refused", refused.getMessage()));
        }
        return null;
    }
}
