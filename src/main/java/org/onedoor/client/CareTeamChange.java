package org.onedoor.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change to a client's care team, as the IG lead reviews it: an organisation added (by hand on a clinical basis,
 * or by a module with its source) or an entry ended.
 *
 * @param ended          whether the change ended an entry (otherwise it added one)
 * @param basis          for an addition, its basis (a hand-made entry's clinical basis, or the module's source)
 * @param byHand         whether a person added it from the care-team screen
 * @param backdatedDays  for an addition, how many days before the day it was recorded its start lies
 * @param underBreakGlass whether the person making the change had a break-glass opening of this client at the time
 */
public record CareTeamChange(
        Instant at,
        String username,
        UUID clientId,
        String clientReference,
        String clientName,
        String organisationName,
        CareTeamRole role,
        boolean ended,
        @Nullable String basis,
        boolean byHand,
        LocalDate startedOn,
        long backdatedDays,
        @Nullable String endReason,
        boolean underBreakGlass) {

    /** The basis in words. */
    public String basisLabel() {
        if (basis == null) {
            return "Not recorded";
        }
        for (CareTeamBasis known : CareTeamBasis.values()) {
            if (known.name().equals(basis)) {
                return known.label();
            }
        }
        return "Added by " + basis.toLowerCase(java.util.Locale.UK).replace('_', ' ');
    }
}
