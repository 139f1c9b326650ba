package org.onedoor.client;

import java.util.List;

/**
 * Everything the record page shows about a client to one viewer: sealed entries the viewer may not see are left
 * out and counted in {@link #sealed()}. {@link #timeline()} is the timeline's first page, read in the same view.
 */
public record ClientRecord(
        ClientIdentity identity,
        AccessDecision access,
        List<CareTeamMember> careTeam,
        List<ConsentEntry> consents,
        List<AlertEntry> alerts,
        List<SealedNotice> sealed,
        List<SubstanceEntry> substances,
        ClientTimeline.TimelinePage timeline) {

    public List<ConsentEntry> consentsInForce() {
        return consents.stream().filter(ConsentEntry::inForce).toList();
    }
}
