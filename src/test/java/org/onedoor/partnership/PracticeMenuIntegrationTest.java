package org.onedoor.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.NewUserAccount;
import org.onedoor.security.Role;
import org.onedoor.security.UserAccounts;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class PracticeMenuIntegrationTest {

    static final CurrentUser ADMIN = new CurrentUser(
            UUID.randomUUID(), "menu-test-admin", "Menu test admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));
    static final String PASSWORD = "correct-horse-battery";
    static final String EBI = "EXTENDED_BRIEF_INTERVENTION";

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

    record Practice(UUID id, String ods, String name) {}

    @Test
    void practiceUserAddsOfferToOwnMenuAndCommissionerSeesItInTheMatrix() throws Exception {
        Practice practice = practice();
        MockHttpSession practiceUser = signIn(practice, Role.PRACTICE_USER);
        LocalDate today = LocalDate.now(clock);

        mvc.perform(addOffer(practice, EBI, "ALCOHOL", today, "5").session(practiceUser))
                .andExpect(redirectedUrl("/practices/" + practice.ods() + "/menu"))
                .andExpect(flash().attribute("flash", containsString("Offer added: Extended brief intervention")));
        mvc.perform(get("/practices/{ods}/menu", practice.ods()).session(practiceUser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Extended brief intervention")))
                .andExpect(content().string(containsString("In force")))
                .andExpect(content().string(containsString("5 a month")))
                .andExpect(content().string(containsString("Add an offer")));

        MockHttpSession commissioner = signIn(practice(), Role.COMMISSIONER);
        mvc.perform(get("/practice-menus")
                        .param("intervention", EBI)
                        .param("substanceGroup", "ALCOHOL")
                        .param("practice", practice.ods())
                        .session(commissioner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(practice.name())))
                .andExpect(content().string(containsString("5 of 5 left")))
                .andExpect(content()
                        .string(containsString("1 practice offers extended brief intervention for alcohol on "
                                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                                        .format(today))));
    }

    @Test
    void practiceUserCannotChangeAnotherPracticesMenu() throws Exception {
        Practice own = practice();
        Practice other = practice();
        UUID otherOffer =
                asAdmin(() -> menu.addOffer(new OdsCode(other.ods()), terms("BRIEF_ADVICE", LocalDate.now(clock), 3)));
        MockHttpSession practiceUser = signIn(own, Role.PRACTICE_USER);

        mvc.perform(addOffer(other, EBI, "OPIATES", LocalDate.now(clock), "4").session(practiceUser))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(other.name() + " is not your practice")));
        mvc.perform(post("/practices/{ods}/menu/offers/{id}/change", other.ods(), otherOffer)
                        .with(csrf())
                        .param("fromDay", "1")
                        .param("fromMonth", "1")
                        .param("fromYear", "2030")
                        .param("monthlyCapacity", "99")
                        .session(practiceUser))
                .andExpect(status().isForbidden());
        mvc.perform(get("/practices/{ods}/menu", other.ods()).session(practiceUser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brief advice")))
                .andExpect(content().string(not(containsString("Add an offer"))))
                .andExpect(content().string(not(containsString("/withdrawal"))));

        List<MenuOffer> offers = menu.menuOf(new OdsCode(other.ods()));
        assertThat(offers)
                .singleElement()
                .satisfies(offer -> assertThat(offer.monthlyCapacity()).isEqualTo(3));
    }

    @Test
    void refusesOverlappingPeriodWithTheMessageAtTheStartDate() throws Exception {
        Practice practice = practice();
        LocalDate today = LocalDate.now(clock);
        asAdmin(() -> menu.addOffer(
                new OdsCode(practice.ods()), new OfferTerms(EBI, "CANNABIS", today, today.plusMonths(3), 5)));
        MockHttpSession practiceUser = signIn(practice, Role.PRACTICE_USER);

        mvc.perform(addOffer(practice, EBI, "CANNABIS", today.plusMonths(1), "7")
                        .session(practiceUser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("href=\"#effectiveFrom-day\"")))
                .andExpect(content().string(containsString("id=\"effectiveFrom-error\"")))
                .andExpect(content().string(containsString("already offers this for this substance group")))
                .andExpect(content().string(containsString("value=\"7\"")));

        assertThat(menu.menuOf(new OdsCode(practice.ods()))).hasSize(1);
    }

    @Test
    void missingChoicesAndImpossibleDatesAreShownAtTheirFieldsAndNothingIsSaved() throws Exception {
        Practice practice = practice();
        MockHttpSession practiceUser = signIn(practice, Role.PRACTICE_USER);

        mvc.perform(post("/practices/{ods}/menu/offers", practice.ods())
                        .with(csrf())
                        .session(practiceUser)
                        .param("substanceGroup", "ALCOHOL")
                        .param("fromDay", "31")
                        .param("fromMonth", "2")
                        .param("fromYear", "2027")
                        .param("monthlyCapacity", "five"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select an intervention")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("Enter the monthly capacity as a whole number")))
                .andExpect(content().string(containsString("value=\"five\"")));

        assertThat(menu.menuOf(new OdsCode(practice.ods()))).isEmpty();
    }

    @Test
    void matrixIsRefusedToUsersWithoutViewAll() throws Exception {
        MockHttpSession practiceUser = signIn(practice(), Role.PRACTICE_USER);

        mvc.perform(get("/practice-menus").session(practiceUser)).andExpect(status().isForbidden());
    }

    static OfferTerms terms(String intervention, LocalDate from, Integer capacity) {
        return new OfferTerms(intervention, "ALCOHOL", from, null, capacity);
    }

    static MockHttpServletRequestBuilder addOffer(
            Practice practice, String intervention, String group, LocalDate from, String capacity) {
        return post("/practices/{ods}/menu/offers", practice.ods())
                .with(csrf())
                .param("intervention", intervention)
                .param("substanceGroup", group)
                .param("fromDay", "" + from.getDayOfMonth())
                .param("fromMonth", "" + from.getMonthValue())
                .param("fromYear", "" + from.getYear())
                .param("monthlyCapacity", capacity);
    }

    <T> T asAdmin(Supplier<T> work) {
        return fixtures().asAdmin(work);
    }

    Practice practice() {
        return fixtures().practice();
    }

    MockHttpSession signIn(Practice organisation, Role role) throws Exception {
        return fixtures().signIn(organisation, role);
    }

    Fixtures fixtures() {
        return new Fixtures(mvc, directory, accounts, currentUsers);
    }

    /** Practices and signed-in users for menu tests, each with a unique random ODS code or username. */
    record Fixtures(MockMvc mvc, Directory directory, UserAccounts accounts, CurrentUsers currentUsers) {

        <T> T asAdmin(Supplier<T> work) {
            return currentUsers.actingAs(ADMIN, work);
        }

        Practice practice() {
            String ods = (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                    + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            String name = "Menu Test Surgery " + ods;
            UUID id = asAdmin(() -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                    .named(name)
                    .ods(ods)
                    .listSize(6000)
                    .activeFrom(LocalDate.of(2020, 1, 1))
                    .build()));
            return new Practice(id, ods, name);
        }

        MockHttpSession signIn(Practice organisation, Role role) throws Exception {
            String username = "menu-" + UUID.randomUUID().toString().substring(0, 12);
            asAdmin(() -> accounts.open(new NewUserAccount(
                    username, "Test " + role.label(), PASSWORD, organisation.id(), null, Set.of(role))));
            MvcResult result = mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
                    .andExpect(redirectedUrl("/"))
                    .andReturn();
            return (MockHttpSession) result.getRequest().getSession();
        }
    }
}
