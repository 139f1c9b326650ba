package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An existing client record that may be the person a referral describes, with the reason it matched, shown as the
 * access policy allows: the name and date of birth only when the person asking may open the record; otherwise the
 * reference and the reason alone.
 */
public record ClientCandidate(
        UUID clientId,
        String reference,
        String reason,
        boolean accessible,
        @Nullable String name,
        @Nullable LocalDate dateOfBirth) {}
