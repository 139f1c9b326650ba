/**
 * The one client record the partnership shares: identity, contact rules, registered practice, care team, consent
 * per purpose, alerts (some sealed), problem substances and a timeline other modules add to. {@link
 * org.onedoor.client.AccessPolicy} is the single place that decides who may see a client (care team, consent,
 * break-glass); every view, search, change and export is written to the audit trail.
 */
@ApplicationModule(displayName = "Client record",
        allowedDependencies = { "security", "audittrail", "partnership" })
@NullMarked
package org.onedoor.client;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
