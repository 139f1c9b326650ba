package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13 item 1: break-glass never becomes permanent access. The care-team screen adds an organisation only on a
 * clinical basis, in a role that fits it, from a start at most the configured days back, never under break-glass;
 * every change, by hand or by a module, is audited and shown to the IG lead.
 */
@IntegrationTest
class CareTeamRulesIntegrationTest {

    /** A day no other test uses, so the IG lead's review of it holds only this test's changes. */
    static final LocalDate DAY = LocalDate.of(2035, 3, 14);

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    CareTeam careTeam;

    @Autowired
    ClientFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Consents consents;

    private ChangeFormFixtures given;
    private String page;

    @BeforeEach
    void aClient() {
        clock.setDate(DAY);
        given = fixtures.aClientOfALeadProvider();
        page = "/clients/" + given.client + "/care-team/new";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void breakGlassNeverAddsTheOpenersOrganisationToTheCareTeam() throws Exception {
        fixtures.breakGlass(given.outsider, given.client, "Found collapsed at the hostel, need the medication list");
        int before = given.rows("client_care_team");

        mvc.perform(get(page).with(as(given.outsider))).andExpect(status().isForbidden());
        mvc.perform(adding(given.outsider, given.elsewhere, "RESPONSIBLE", LocalDate.of(2020, 1, 1)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("never changes its care team")));
        mvc.perform(adding(given.outsider, given.elsewhere, "PARTNER", DAY)).andExpect(status().isForbidden());

        assertThat(given.rows("client_care_team")).isEqualTo(before);
        assertThat(fixtures.auditRows(given.outsider.username(), "REFUSED", given.client))
                .isEqualTo(3);
    }

    @Test
    void aPartnerCannotMakeItselfResponsible() throws Exception {
        given.as(
                given.worker,
                () -> careTeam.add(
                        given.client,
                        new CareTeamMembership(
                                given.partner,
                                CareTeamRole.PARTNER,
                                null,
                                null,
                                DAY.minusDays(30),
                                "INTERVENTION",
                                UUID.randomUUID())));
        given.as(
                given.worker,
                () -> consents.record(
                        given.client,
                        new ConsentRecord(
                                ConsentPurpose.DIRECT_CARE,
                                ConsentDecision.GIVEN,
                                DAY.minusDays(30),
                                ConsentMethod.WRITTEN,
                                true,
                                null,
                                null,
                                null)));
        int before = given.rows("client_care_team");

        mvc.perform(adding(given.partnerWorker, given.partner, "RESPONSIBLE", DAY))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"role-error\""),
                                containsString("Your organisation cannot make itself responsible for treatment"))));
        CurrentUser partnerManager = Actors.person(Role.TEAM_MANAGER, given.partner);
        mvc.perform(adding(partnerManager, given.partner, "RESPONSIBLE", DAY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot make itself responsible")));

        assertThat(given.rows("client_care_team")).isEqualTo(before);
    }

    @Test
    void anOrganisationJoinsOnlyOnAClinicalBasis() throws Exception {
        mvc.perform(adding(given.worker, given.partner, "PARTNER", DAY))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"organisationId-error\""),
                                containsString("There is no clinical basis for adding this organisation"))));
        assertThat(entries(given.partner)).isZero();

        mvc.perform(adding(given.manager, given.partner, "PARTNER", DAY))
                .andExpect(redirectedUrl("/clients/" + given.client));
        assertThat(jdbc.sql("select basis from client_care_team where client_id = ? and organisation_id = ?")
                        .param(given.client)
                        .param(given.partner)
                        .query(String.class)
                        .single())
                .isEqualTo("TEAM_MANAGER");

        given.as(
                given.worker,
                () -> careTeam.add(
                        given.client,
                        new CareTeamMembership(
                                given.elsewhere,
                                CareTeamRole.RESPONSIBLE,
                                null,
                                null,
                                DAY,
                                "EPISODE",
                                UUID.randomUUID())));
        mvc.perform(adding(given.worker, given.elsewhere, "PARTNER", DAY))
                .andExpect(redirectedUrl("/clients/" + given.client));
        assertThat(jdbc.sql("""
                select basis from client_care_team where client_id = ? and organisation_id = ? and team_role = 'PARTNER'
                """)
                        .param(given.client)
                        .param(given.elsewhere)
                        .query(String.class)
                        .single())
                .isEqualTo("EPISODE");
    }

    @Test
    void theStartMayGoBackOnlyTheConfiguredDaysAndTheRoleMustFitTheOrganisation() throws Exception {
        mvc.perform(adding(given.manager, given.partner, "PARTNER", DAY.minusDays(8)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"startedOn-error\""),
                                containsString("The start date can be no earlier than 7 March 2035"))));
        mvc.perform(adding(given.manager, given.practice, "PARTNER", DAY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A GP practice joins in shared care")));
        mvc.perform(adding(given.manager, given.practice, "SHARED_CARE", DAY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only the client&#39;s registered GP practice")));
        assertThat(entries(given.partner) + entries(given.practice)).isZero();

        mvc.perform(adding(given.manager, given.partner, "PARTNER", DAY.minusDays(7)))
                .andExpect(redirectedUrl("/clients/" + given.client));
        assertThat(entries(given.partner)).isOne();
    }

    @Test
    void everyChangeIsAuditedAndShownToTheIgLead() throws Exception {
        CurrentUser igLead = Actors.person(Role.IG_LEAD, UUID.randomUUID());
        UUID referral = UUID.randomUUID();
        given.as(
                given.worker,
                () -> careTeam.add(
                        given.client,
                        new CareTeamMembership(
                                given.elsewhere, CareTeamRole.RESPONSIBLE, null, null, DAY, "REFERRAL", referral)));
        mvc.perform(adding(given.manager, given.partner, "PARTNER", DAY.minusDays(2)))
                .andExpect(redirectedUrl("/clients/" + given.client));
        UUID entry = jdbc.sql("select id from client_care_team where client_id = ? and organisation_id = ?")
                .param(given.client)
                .param(given.partner)
                .query(UUID.class)
                .single();
        mvc.perform(post("/clients/" + given.client + "/care-team/" + entry + "/end")
                        .with(as(given.manager))
                        .with(csrf())
                        .param("endedOn.day", "14")
                        .param("endedOn.month", "3")
                        .param("endedOn.year", "2035")
                        .param("reason", "Partner work finished"))
                .andExpect(redirectedUrl("/clients/" + given.client));

        assertThat(auditDetails(given.worker))
                .anySatisfy(detail -> assertThat(detail)
                        .contains("added as responsible for treatment")
                        .contains("basis: Added by referral"));
        assertThat(auditDetails(given.manager))
                .anySatisfy(detail -> assertThat(detail)
                        .contains("Forms Partner")
                        .contains("added as partner provider")
                        .contains("from 12 March 2035")
                        .contains("team manager of the responsible organisation"))
                .anySatisfy(detail ->
                        assertThat(detail).contains("ended as partner provider").contains("Partner work finished"));

        mvc.perform(get("/ig/care-team-changes")
                        .param("from", DAY.toString())
                        .param("to", DAY.toString())
                        .with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(given.reference()),
                                containsString("Added: Forms Partner"),
                                containsString("Ended: Forms Partner"),
                                containsString("Partner work finished"),
                                containsString("Added by referral"),
                                containsString("Added by a team manager of the responsible organisation"),
                                containsString("Started 2 days before it was recorded"),
                                containsString(given.manager.username()))));
        mvc.perform(get("/ig/care-team-changes").with(as(given.manager))).andExpect(status().isForbidden());
    }

    @Test
    void theBreakGlassReviewShowsCareTeamChangesTheOpenerMade() throws Exception {
        CurrentUser igLead = Actors.person(Role.IG_LEAD, UUID.randomUUID());
        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, given.elsewhere);
        UUID opening = fixtures.breakGlass(manager, given.client, "Client arrived at our service in crisis today");
        given.as(
                manager,
                () -> careTeam.add(
                        given.client,
                        new CareTeamMembership(
                                given.elsewhere,
                                CareTeamRole.RESPONSIBLE,
                                null,
                                null,
                                DAY,
                                "EPISODE",
                                UUID.randomUUID())));

        mvc.perform(get("/ig/break-glass/" + opening).with(as(igLead)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Care-team changes since opening"),
                                containsString("Added Forms Elsewhere"),
                                containsString("Episode at that organisation"))));
    }

    private MockHttpServletRequestBuilder adding(CurrentUser person, UUID organisation, String role, LocalDate from) {
        return post(page)
                .with(as(person))
                .with(csrf())
                .param("organisationId", organisation.toString())
                .param("role", role)
                .param("startedOn.day", String.valueOf(from.getDayOfMonth()))
                .param("startedOn.month", String.valueOf(from.getMonthValue()))
                .param("startedOn.year", String.valueOf(from.getYear()));
    }

    private long entries(UUID organisation) {
        return jdbc.sql("select count(*) from client_care_team where client_id = ? and organisation_id = ?")
                .param(given.client)
                .param(organisation)
                .query(Long.class)
                .single();
    }

    private java.util.List<String> auditDetails(CurrentUser person) {
        return jdbc.sql("""
                select detail from audit_access_log where username = ? and subject_id = ? and action = 'CHANGE'
                """)
                .param(person.username())
                .param(given.client)
                .query(String.class)
                .list();
    }
}
