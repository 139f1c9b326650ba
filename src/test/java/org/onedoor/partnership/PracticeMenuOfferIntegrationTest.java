package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.onedoor.partnership.PracticeMenuIntegrationTest.EBI;
import static org.onedoor.partnership.PracticeMenuIntegrationTest.terms;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.PracticeMenuIntegrationTest.Fixtures;
import org.onedoor.partnership.PracticeMenuIntegrationTest.Practice;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Changing and withdrawing offers, and the places left that routing sees, held and released. */
@IntegrationTest
class PracticeMenuOfferIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    Clock clock;

    @Test
    void offeringReportsPlacesLeftAndHoldsAndReleasesChangeThem() {
        Practice practice = practice();
        LocalDate today = LocalDate.now(clock);
        asAdmin(() -> menu.addOffer(new OdsCode(practice.ods()), new OfferTerms(EBI, "OPIATES", today, null, 2)));
        UUID first = UUID.randomUUID();

        assertThat(remaining(practice, today)).isEqualTo(2);
        asAdmin(() -> hold(practice, today, first));
        asAdmin(() -> hold(practice, today, UUID.randomUUID()));
        assertThat(availability(practice, today).hasCapacity()).isFalse();
        assertThatThrownBy(() -> asAdmin(() -> hold(practice, today, UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("NO_CAPACITY"));

        asAdmin(() -> {
            menu.release(first);
            return null;
        });
        assertThat(remaining(practice, today)).isEqualTo(1);
        assertThat(remaining(practice, today.plusMonths(1).withDayOfMonth(1))).isEqualTo(2);
    }

    @Test
    void withdrawnOfferDisappearsFromOffering() throws Exception {
        Practice practice = practice();
        LocalDate today = LocalDate.now(clock);
        UUID offer = asAdmin(
                () -> menu.addOffer(new OdsCode(practice.ods()), new OfferTerms(EBI, "NPS", today, null, null)));
        MockHttpSession practiceUser = signIn(practice, Role.PRACTICE_USER);
        assertThat(menu.offering(EBI, "NPS", today))
                .extracting(PracticeOfferAvailability::practiceId)
                .contains(practice.id());

        mvc.perform(post("/practices/{ods}/menu/offers/{id}/withdrawal", practice.ods(), offer)
                        .with(csrf())
                        .param("reason", " ")
                        .session(practiceUser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the offer is withdrawn")));
        mvc.perform(post("/practices/{ods}/menu/offers/{id}/withdrawal", practice.ods(), offer)
                        .with(csrf())
                        .param("reason", "Entered for the wrong practice")
                        .session(practiceUser))
                .andExpect(redirectedUrl("/practices/" + practice.ods() + "/menu"))
                .andExpect(flash().attribute("flash", containsString("Offer withdrawn")));

        assertThat(menu.offering(EBI, "NPS", today))
                .extracting(PracticeOfferAvailability::practiceId)
                .doesNotContain(practice.id());
        assertThat(menu.menuOf(new OdsCode(practice.ods()))).isEmpty();
    }

    private Integer remaining(Practice practice, LocalDate date) {
        return availability(practice, date).remaining();
    }

    private PracticeOfferAvailability availability(Practice practice, LocalDate date) {
        return menu.offering(EBI, "OPIATES", date).stream()
                .filter(o -> o.practiceId().equals(practice.id()))
                .findFirst()
                .orElseThrow();
    }

    private Object hold(Practice practice, LocalDate date, UUID heldFor) {
        menu.hold(practice.id(), EBI, "OPIATES", date, heldFor);
        return null;
    }

    @Test
    void practiceUserChangesDatesAndCapacityOfOwnOffer() throws Exception {
        Practice practice = practice();
        LocalDate today = LocalDate.now(clock);
        UUID offer = asAdmin(() -> menu.addOffer(new OdsCode(practice.ods()), terms("BRIEF_ADVICE", today, 3)));
        MockHttpSession practiceUser = signIn(practice, Role.PRACTICE_USER);

        mvc.perform(get("/practices/{ods}/menu/offers/{id}/change", practice.ods(), offer)
                        .session(practiceUser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"3\"")));
        mvc.perform(post("/practices/{ods}/menu/offers/{id}/change", practice.ods(), offer)
                        .with(csrf())
                        .session(practiceUser)
                        .param("fromDay", "" + today.getDayOfMonth())
                        .param("fromMonth", "" + today.getMonthValue())
                        .param("fromYear", "" + today.getYear())
                        .param("toDay", "31")
                        .param("toMonth", "12")
                        .param("toYear", "2030")
                        .param("monthlyCapacity", "8"))
                .andExpect(redirectedUrl("/practices/" + practice.ods() + "/menu"));

        assertThat(menu.menuOf(new OdsCode(practice.ods()))).singleElement().satisfies(changed -> {
            assertThat(changed.monthlyCapacity()).isEqualTo(8);
            assertThat(changed.effectiveTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        });
    }

    private <T> T asAdmin(Supplier<T> work) {
        return fixtures().asAdmin(work);
    }

    private Practice practice() {
        return fixtures().practice();
    }

    private MockHttpSession signIn(Practice organisation, Role role) throws Exception {
        return fixtures().signIn(organisation, role);
    }

    private Fixtures fixtures() {
        return new Fixtures(mvc, directory, accounts, currentUsers);
    }
}
