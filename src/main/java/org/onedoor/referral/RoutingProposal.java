package org.onedoor.referral;

import java.util.List;
import java.util.UUID;

/**
 * Where OneDoor proposes to send a triaged referral, and why in words a worker can read back to the client
 * ("Oakwood Surgery offers shared-care prescribing for opiates; 3 of 5 places left this month").
 *
 * @param alternatives other organisations the worker may choose instead (with a reason for overriding)
 */
public record RoutingProposal(
        UUID organisationId, String organisationName, boolean practice, String reason, List<Option> alternatives) {

    /** An organisation the referral could go to, with what it offers. */
    public record Option(UUID organisationId, String name, boolean practice, String note) {}
}
