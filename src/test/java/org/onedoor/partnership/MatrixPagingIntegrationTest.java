package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MatrixPagingIntegrationTest {

    private static final CurrentUser ADMIN = new CurrentUser(
            new UUID(0, 11), "matrix-admin", "Matrix admin", new UUID(0, 11), Set.of(Role.ADMINISTRATOR));
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    CurrentUsers currentUsers;

    @Test
    void pagesPracticesInSqlAndCountsThoseOfferingWhatIsShown() {
        String prefix = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        String first = practice(prefix + " A");
        practice(prefix + " B");
        String third = practice(prefix + " C");
        currentUsers.actingAs(ADMIN, () -> {
            menu.addOffer(
                    new OdsCode(first), new OfferTerms("BRIEF_ADVICE", "ALCOHOL", DAY.minusMonths(1), null, null));
            menu.addOffer(
                    new OdsCode(third),
                    new OfferTerms("SHARED_CARE_PRESCRIBING", "OPIATES", DAY.minusMonths(1), null, 4));
            menu.addOffer(new OdsCode(third), new OfferTerms("BRIEF_ADVICE", "CANNABIS", DAY.plusDays(1), null, null));

            MenuMatrix firstPage = menu.matrix(DAY, null, null, prefix, false, 0, 2);
            assertThat(firstPage.practices().totalItems()).isEqualTo(3);
            assertThat(firstPage.rows())
                    .extracting(MenuMatrix.Row::practiceName)
                    .containsExactly(prefix + " A", prefix + " B");
            assertThat(firstPage.offeringPractices()).isEqualTo(2);
            MenuMatrix secondPage = menu.matrix(DAY, null, null, prefix, false, 1, 2);
            assertThat(secondPage.rows())
                    .extracting(MenuMatrix.Row::practiceName)
                    .containsExactly(prefix + " C");
            assertThat(secondPage
                            .rows()
                            .get(0)
                            .cell("SHARED_CARE_PRESCRIBING", "OPIATES")
                            .remaining())
                    .isEqualTo(4);
            assertThat(secondPage.rows().get(0).cell("BRIEF_ADVICE", "CANNABIS"))
                    .as("not yet in force")
                    .isNull();

            MenuMatrix opiates = menu.matrix(DAY, null, "OPIATES", prefix, true, 0, 10);
            assertThat(opiates.rows()).extracting(MenuMatrix.Row::practiceName).containsExactly(prefix + " C");
            assertThat(opiates.offeringPractices()).isEqualTo(1);
            assertThat(opiates.substanceGroups()).extracting(CodeLabel::code).containsExactly("OPIATES");
            return null;
        });
    }

    private String practice(String name) {
        String ods = "P"
                + String.format(
                        "%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
        currentUsers.actingAs(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                        .named(name)
                        .ods(ods)
                        .listSize(4000)
                        .activeFrom(LocalDate.of(2025, 4, 1))
                        .build()));
        return ods;
    }
}
