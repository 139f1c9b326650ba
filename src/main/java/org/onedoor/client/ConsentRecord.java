package org.onedoor.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A consent decision as typed by the person recording it; {@link Consents} checks it whole. */
public record ConsentRecord(
        @Nullable ConsentPurpose purpose,
        @Nullable ConsentDecision decision,
        @Nullable LocalDate decidedOn,
        @Nullable ConsentMethod method,
        boolean capacityAssessed,
        @Nullable LocalDate reviewOn,
        @Nullable String recipient,
        @Nullable String notes) {}
