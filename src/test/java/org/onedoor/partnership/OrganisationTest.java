package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.OrganisationBuilder;

class OrganisationTest {

    @Test
    void keepsAProvidersOdsCodeForItsNdtmsAgencyCode() {
        Organisation lead = Organisation.register(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                .ods(" n0852 ")
                .build());
        assertThat(lead.summary().odsCode()).isEqualTo("N0852");
        Organisation partner = Organisation.register(OrganisationBuilder.a(OrganisationType.PARTNER_PROVIDER)
                .ods(" ")
                .build());
        assertThat(partner.summary().odsCode()).isNull();
    }

    @Test
    void refusesAProviderOdsCodeOfTheWrongShapeAtItsField() {
        assertThatThrownBy(() -> Organisation.register(OrganisationBuilder.a(OrganisationType.PARTNER_PROVIDER)
                        .ods("N-08")
                        .build()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("3 to 8 letters and digits");
    }

    @Test
    void keepsNoOdsCodeForAVenue() {
        Organisation venue = Organisation.register(
                OrganisationBuilder.a(OrganisationType.VENUE).ods("RX1").build());
        assertThat(venue.summary().odsCode()).isNull();
    }
}
