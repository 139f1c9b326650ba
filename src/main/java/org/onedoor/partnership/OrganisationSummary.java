package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation as other modules and screens see it. */
public record OrganisationSummary(
        UUID id,
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
        @Nullable LocalDate activeTo,
        int version) {

    public boolean activeOn(LocalDate date) {
        return !activeFrom.isAfter(date) && (activeTo == null || !activeTo.isBefore(date));
    }

    public String address() {
        return java.util.stream.Stream.of(addressLine1, addressLine2, town, postcode)
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(
                type,
                name,
                odsCode,
                listSize,
                addressLine1,
                addressLine2,
                town,
                postcode,
                telephone,
                openingNotes,
                accessibility,
                activeFrom,
                activeTo);
    }
}
