package org.onedoor.treatment.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A concerned other as the screens show them, with their sessions, newest first (empty in lists). */
public record ConcernedOther(
        UUID id,
        String name,
        String relationship,
        @Nullable String telephone,
        @Nullable String email,
        @Nullable String address,
        boolean consentsToContact,
        boolean consentsToShare,
        LocalDate consentRecordedOn,
        @Nullable UUID clientId,
        List<Session> sessions) {

    /** One support session of the concerned other. */
    public record Session(
            UUID id,
            LocalDate heldOn,
            String workerName,
            SessionKind kind,
            @Nullable String notes) {}
}
