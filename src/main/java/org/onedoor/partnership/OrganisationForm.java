package org.onedoor.partnership;

import static org.onedoor.shared.Text.tidy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Telephone;
import org.onedoor.shared.TypedDate;

/**
 * The register and change form of an organisation, as typed. Sizes match the {@code organisation} columns; the type
 * and dates are checked by the controller, which turns the form into {@link OrganisationDetails}.
 */
record OrganisationForm(
        @Nullable String type,

        @NotBlank(message = "{organisation.name.required}")
        @Size(max = 160, message = "{organisation.name.size}")
        @Nullable
        String name,

        @Size(max = 10, message = "{organisation.odsCode.size}") @Nullable
        String odsCode,

        @Pattern(regexp = "\\s*[0-9]{0,7}\\s*", message = "{organisation.listSize.number}") @Nullable
        String listSize,

        @Size(max = 120, message = "{organisation.addressLine1.size}") @Nullable
        String addressLine1,

        @Size(max = 120, message = "{organisation.addressLine2.size}") @Nullable
        String addressLine2,

        @Size(max = 80, message = "{organisation.town.size}") @Nullable
        String town,

        @Size(max = 10, message = "{organisation.postcode.size}") @Nullable
        String postcode,

        @Size(max = 30, message = "{organisation.telephone.size}") @Telephone @Nullable
        String telephone,

        @Size(max = 1000, message = "{organisation.openingNotes.size}") @Nullable
        String openingNotes,

        @Size(max = 1000, message = "{organisation.accessibility.size}") @Nullable
        String accessibility,

        @Nullable TypedDate activeFrom,
        @Nullable TypedDate activeTo,
        @Nullable String version) {

    static OrganisationForm blank() {
        return new OrganisationForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static OrganisationForm of(OrganisationSummary organisation) {
        return new OrganisationForm(
                organisation.type().name(),
                organisation.name(),
                organisation.odsCode(),
                organisation.listSize() == null ? null : organisation.listSize().toString(),
                organisation.addressLine1(),
                organisation.addressLine2(),
                organisation.town(),
                organisation.postcode(),
                organisation.telephone(),
                organisation.openingNotes(),
                organisation.accessibility(),
                TypedDate.of(organisation.activeFrom()),
                TypedDate.of(organisation.activeTo()),
                String.valueOf(organisation.version()));
    }

    /** The type chosen, or empty when none was chosen or the value is not a type at all. */
    Optional<OrganisationType> organisationType() {
        return typeOf(type);
    }

    static Optional<OrganisationType> typeOf(@Nullable String typed) {
        return Arrays.stream(OrganisationType.values())
                .filter(known -> known.name().equals(typed))
                .findFirst();
    }

    OrganisationDetails details(OrganisationType chosen, LocalDate from, @Nullable LocalDate to) {
        String size = tidy(listSize);
        return new OrganisationDetails(
                chosen,
                name == null ? "" : name.strip(),
                tidy(odsCode),
                size == null ? null : Integer.valueOf(size),
                addressLine1,
                addressLine2,
                town,
                postcode,
                telephone,
                openingNotes,
                accessibility,
                from,
                to);
    }
}
