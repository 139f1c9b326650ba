package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.NhsNumber;

/** One client in a search result. */
public record ClientSummary(
        UUID id,
        String reference,
        String name,
        @Nullable String preferredName,
        LocalDate dateOfBirth,
        @Nullable String nhsNumber,
        @Nullable String postcode,
        @Nullable String gpPracticeName) {

    public @Nullable String nhsNumberFormatted() {
        return nhsNumber == null ? null : NhsNumber.format(nhsNumber);
    }
}
