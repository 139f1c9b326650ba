package org.onedoor.client.spi;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A module above the client record that holds data about clients (referrals, episodes, assessments) contributes
 * its part of a subject-access export through this, so the export covers everything held without the client
 * module depending on those modules.
 */
public interface SubjectAccessSection {

    /** The section's heading in the export, such as "Referrals". */
    String title();

    /**
     * Everything the module holds about the client, oldest first.
     *
     * @param clientIds the client and any records merged into it
     */
    List<SubjectAccessItem> items(Set<UUID> clientIds);

    /**
     * The tables whose rows about a client this section exports, child tables included. A test fails when a table
     * holding client data is declared by no section (or the client record's own list, or a reasoned exclusion).
     */
    default Set<String> tables() {
        return Set.of();
    }
}
