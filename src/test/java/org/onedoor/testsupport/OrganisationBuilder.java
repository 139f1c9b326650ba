package org.onedoor.testsupport;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationDetails;
import org.onedoor.partnership.OrganisationType;

/**
 * {@link OrganisationDetails} for tests without its thirteen positional arguments: a name unique to the test (the
 * type's label and a random suffix), active from 1 April 2024, nothing else; each test names only what matters to it.
 * {@code OrganisationBuilder.a(OrganisationType.GP_PRACTICE).ods("T12345").listSize(4000).build()}.
 */
public final class OrganisationBuilder {

    private final OrganisationType type;
    private String name;
    private @Nullable String odsCode;
    private @Nullable Integer listSize;
    private @Nullable String addressLine1;
    private @Nullable String town;
    private @Nullable String postcode;
    private @Nullable String telephone;
    private LocalDate activeFrom = LocalDate.of(2024, 4, 1);
    private @Nullable LocalDate activeTo;

    private OrganisationBuilder(OrganisationType type) {
        this.type = type;
        this.name = type.label() + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    public static OrganisationBuilder a(OrganisationType type) {
        return new OrganisationBuilder(type);
    }

    public OrganisationBuilder named(String name) {
        this.name = name;
        return this;
    }

    public OrganisationBuilder ods(@Nullable String odsCode) {
        this.odsCode = odsCode;
        return this;
    }

    public OrganisationBuilder listSize(@Nullable Integer listSize) {
        this.listSize = listSize;
        return this;
    }

    /** The first address line, town and postcode. */
    public OrganisationBuilder at(String addressLine1, String town, String postcode) {
        this.addressLine1 = addressLine1;
        this.town = town;
        this.postcode = postcode;
        return this;
    }

    public OrganisationBuilder town(@Nullable String town) {
        this.town = town;
        return this;
    }

    public OrganisationBuilder telephone(String telephone) {
        this.telephone = telephone;
        return this;
    }

    public OrganisationBuilder activeFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
        return this;
    }

    public OrganisationBuilder activeTo(@Nullable LocalDate activeTo) {
        this.activeTo = activeTo;
        return this;
    }

    public OrganisationDetails build() {
        return new OrganisationDetails(
                type,
                name,
                odsCode,
                listSize,
                addressLine1,
                null,
                town,
                postcode,
                telephone,
                null,
                null,
                activeFrom,
                activeTo);
    }
}
