package org.onedoor.treatment.family;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A concerned other (family member, friend or carer) seeking support, with THEIR OWN consent: to be contacted, and to
 * share what they tell us with the client. Separate from the client's consent. The client link is optional.
 */
public record NewConcernedOther(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String relationship,
        @Nullable String telephone,
        @Nullable String email,
        @Nullable String address,
        boolean consentsToContact,
        boolean consentsToShare,
        @Nullable LocalDate consentRecordedOn,
        @Nullable UUID clientId) {}
