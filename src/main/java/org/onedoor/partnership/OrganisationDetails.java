package org.onedoor.partnership;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator records about an organisation. The ODS code and list size apply to GP practices; opening
 * notes and accessibility to venues (and any site clients visit).
 */
public record OrganisationDetails(
        OrganisationType type,
        String name,
        @Nullable String odsCode,
        @Nullable Integer listSize,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String town,
        @Nullable String postcode,
        @Nullable String telephone,
        @Nullable String openingNotes,
        @Nullable String accessibility,
        LocalDate activeFrom,
        @Nullable LocalDate activeTo) {}
