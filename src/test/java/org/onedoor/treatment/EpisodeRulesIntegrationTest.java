package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.onedoor.testsupport.Actors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ClientAccessRefused;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.StaffDetails;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.AccessRefused;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.onedoor.testsupport.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13 item 2: episodes only where one works. Opening or changing an episode needs the person's organisation to
 * deliver it (or the lead provider's delegation), the keyworker must be a current staff member of the provider, and
 * a triage or discharge date further back than the limit needs a reason, which is audited.
 */
@IntegrationTest
class EpisodeRulesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    EpisodeManagement episodes;

    @Autowired
    EpisodeDelegations delegations;

    @Autowired
    CareTeam careTeam;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Directory directory;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPracticeUserCannotOpenABackdatedEpisodeAtAnotherPractice() throws Exception {
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        UUID otherPractice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        CurrentUser practiceUser = staff.enrol(person(Role.PRACTICE_USER, practice));
        UUID client = fixtures.client(practiceUser);

        mvc.perform(post("/clients/{id}/episodes/new", client)
                        .with(as(practiceUser))
                        .with(csrf())
                        .param("providerId", otherPractice.toString())
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "1")
                        .param("referredOn.year", "2021")
                        .param("triagedOn.day", "2")
                        .param("triagedOn.month", "1")
                        .param("triagedOn.year", "2021")
                        .param("substance1", "ALCOHOL"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"providerId-error\""),
                                containsString("You can open episodes only at your own organisation"),
                                containsString("id=\"lateReason-error\""),
                                containsString("is more than 14 days ago"))));
        assertThat(episodesOf(client)).isZero();
        assertThat(teamEntries(client, otherPractice)).isZero();
    }

    @Test
    void aDelegationFromTheLeadProviderLetsAnotherOrganisationRecordForTheProvider() throws Exception {
        UUID lead = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID partner = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser leadWorker = TreatmentFixtures.worker(lead);
        UUID client = fixtures.client(leadWorker);
        LocalDate today = LocalDate.now(clock);
        NewEpisode atPartner = NewEpisodeBuilder.anEpisodeFor(client)
                .provider(partner)
                .on(today)
                .build();

        assertThatThrownBy(() -> acting(leadWorker, () -> episodes.open(atPartner)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("only at your own organisation");
        CurrentUser partnerManager = person(Role.TEAM_MANAGER, partner);
        assertThatThrownBy(() -> acting(
                        partnerManager,
                        () -> delegations.grant(partner, lead, today, null, "Partner asks to record for itself")))
                .isInstanceOf(AccessRefused.class);
        mvc.perform(get("/episode-delegations").with(as(partnerManager))).andExpect(status().isForbidden());
        CurrentUser leadManager = person(Role.TEAM_MANAGER, lead);
        mvc.perform(post("/episode-delegations")
                        .with(as(leadManager))
                        .with(csrf())
                        .param("providerId", partner.toString())
                        .param("delegateId", lead.toString())
                        .param("validFrom.day", String.valueOf(today.getDayOfMonth()))
                        .param("validFrom.month", String.valueOf(today.getMonthValue()))
                        .param("validFrom.year", String.valueOf(today.getYear()))
                        .param("reason", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in 10 to 500 characters")));
        mvc.perform(post("/episode-delegations")
                        .with(as(leadManager))
                        .with(csrf())
                        .param("providerId", partner.toString())
                        .param("delegateId", lead.toString())
                        .param("validFrom.day", String.valueOf(today.getDayOfMonth()))
                        .param("validFrom.month", String.valueOf(today.getMonthValue()))
                        .param("validFrom.year", String.valueOf(today.getYear()))
                        .param("reason", "The lead provider's team records the partner's satellite clinic"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/episode-delegations").with(as(leadManager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("records the partner&#39;s satellite clinic")));

        UUID episode = acting(leadWorker, () -> episodes.open(atPartner));
        assertThat(jdbc.sql("select provider_id from treatment_episode where id = ?")
                        .param(episode)
                        .query(UUID.class)
                        .single())
                .isEqualTo(partner);
    }

    @Test
    void onlyTheDeliveringProviderChangesAnEpisode() throws Exception {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID partner = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        UUID episode = fixtures.episode(worker, client, today.minusDays(3), today.minusDays(2));
        CurrentUser partnerWorker = TreatmentFixtures.worker(partner);
        acting(
                worker,
                () -> careTeam.add(
                        client,
                        new CareTeamMembership(
                                partner, CareTeamRole.RESPONSIBLE, null, null, today, "REFERRAL", UUID.randomUUID())));

        assertThatThrownBy(() -> acting(partnerWorker, () -> {
                    episodes.startCarePlan(episode, today);
                    return null;
                }))
                .isInstanceOf(AccessRefused.class)
                .hasMessageContaining("which delivers this episode");
        assertThatThrownBy(() -> acting(partnerWorker, () -> {
                    episodes.discharge(episode, new Discharge("80", today, null, null));
                    return null;
                }))
                .isInstanceOf(AccessRefused.class);
        for (String form : new String[] {"discharge", "care-plan-start", "keyworker", "interventions/new"}) {
            mvc.perform(get("/episodes/" + episode + "/" + form).with(as(partnerWorker)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/episodes/" + episode + "/" + form).with(as(worker)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/episodes/" + episode).with(as(partnerWorker))).andExpect(status().isOk());
        assertThat(jdbc.sql("select status from treatment_episode where id = ?")
                        .param(episode)
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    @Test
    void theKeyworkerMustBeACurrentStaffMemberOfTheProvider() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID elsewhere = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = staff.enrol(TreatmentFixtures.worker(provider));
        CurrentUser outsider = staff.enrol(TreatmentFixtures.worker(elsewhere));
        CurrentUser leaver = staff.enrol(TreatmentFixtures.worker(provider));
        LocalDate today = LocalDate.now(clock);
        endEmployment(leaver, today.minusDays(1));
        UUID client = fixtures.client(worker);

        for (String keyworker : new String[] {"nobody-" + UUID.randomUUID(), outsider.username(), leaver.username()}) {
            assertThatThrownBy(() -> acting(worker, () -> episodes.open(opening(client, today, keyworker, null))))
                    .isInstanceOf(DomainRuleViolation.class)
                    .satisfies(refused -> assertThat(((DomainRuleViolation) refused).problems())
                            .anySatisfy(problem -> assertThat(problem.field()).isEqualTo("keyworkerUsername")));
        }
        assertThat(episodesOf(client)).isZero();

        UUID episode = acting(worker, () -> episodes.open(opening(client, today, worker.username(), null)));
        assertThat(jdbc.sql("select keyworker_name from treatment_episode where id = ?")
                        .param(episode)
                        .query(String.class)
                        .single())
                .isEqualTo(worker.displayName());
    }

    @Test
    void aDateFurtherBackThanTheLimitNeedsAReasonThatIsAudited() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        UUID client = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        LocalDate longAgo = today.minusDays(15);

        assertThatThrownBy(() -> acting(worker, () -> episodes.open(opening(client, longAgo, null, null))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("give the reason it is recorded late");
        assertThat(episodesOf(client)).isZero();
        UUID episode = acting(worker, () -> episodes.open(opening(client, today.minusDays(14), null, null)));
        acting(worker, () -> {
            episodes.discharge(episode, new Discharge("80", today, null, null));
            return null;
        });
        UUID late = acting(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .on(longAgo)
                        .substances("HEROIN")
                        .lateReason("Assessed at the hospital; notes arrived today")
                        .build()));

        assertThat(jdbc.sql("""
                select detail from audit_access_log where username = ? and subject_id = ? and detail like '%late%'
                """)
                        .param(worker.username())
                        .param(client)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("15 days late", "Assessed at the hospital; notes arrived today");
        assertThat(jdbc.sql("select count(*) from treatment_episode_history where episode_id = ? and action = ?")
                        .param(late)
                        .param("RECORDED_LATE")
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThatThrownBy(() -> acting(worker, () -> {
                    episodes.discharge(late, new Discharge("80", today.minusDays(15), null, null));
                    return null;
                }))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("discharge date");
    }

    @Test
    void breakGlassNeverOpensAnEpisode() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID elsewhere = fixtures.organisation(OrganisationType.PARTNER_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser outsider = TreatmentFixtures.worker(elsewhere);
        UUID client = fixtures.client(worker);
        acting(outsider, () -> breakGlass(client));
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> acting(outsider, () -> episodes.open(opening(client, today, null, null))))
                .isInstanceOf(ClientAccessRefused.class)
                .hasMessageContaining("break-glass");
        assertThat(episodesOf(client)).isZero();
        assertThat(teamEntries(client, elsewhere)).isZero();
    }

    private NewEpisode opening(UUID client, LocalDate triaged, String keyworker, String lateReason) {
        return NewEpisodeBuilder.anEpisodeFor(client)
                .on(triaged)
                .keyworker(keyworker)
                .lateReason(lateReason)
                .build();
    }

    private Object breakGlass(UUID client) {
        return currentUsers
                .find()
                .map(user -> {
                    jdbc.sql("""
                    insert into client_break_glass (id, client_id, user_id, username, roles, organisation_id, reason,
                        opened_at, expires_at)
                    values (?, ?, ?, ?, 'RECOVERY_WORKER', ?, 'Emergency at the hostel tonight', ?, ?)
                    """)
                            .params(
                                    UUID.randomUUID(),
                                    client,
                                    user.userId(),
                                    user.username(),
                                    user.organisationId(),
                                    clock.instant().minusSeconds(60).atOffset(java.time.ZoneOffset.UTC),
                                    clock.instant().plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC))
                            .update();
                    return user;
                })
                .orElseThrow();
    }

    private void endEmployment(CurrentUser person, LocalDate on) {
        UUID id = jdbc.sql("select staff_member_id from user_account where username = ?")
                .param(person.username())
                .query(UUID.class)
                .single();
        CurrentUser admin = person(Role.ADMINISTRATOR, UUID.randomUUID());
        acting(admin, () -> {
            StaffDetails now = directory.staffMember(id).details();
            directory.amendStaff(
                    id,
                    new StaffDetails(
                            now.givenName(),
                            now.familyName(),
                            now.jobRole(),
                            now.organisationId(),
                            now.email(),
                            now.professionalBody(),
                            now.registrationNumber(),
                            now.activeFrom(),
                            on));
            return null;
        });
    }

    private int episodesOf(UUID client) {
        return jdbc.sql("select count(*) from treatment_episode where client_id = ?")
                .param(client)
                .query(Integer.class)
                .single();
    }

    private int teamEntries(UUID client, UUID organisation) {
        return jdbc.sql("select count(*) from client_care_team where client_id = ? and organisation_id = ?")
                .param(client)
                .param(organisation)
                .query(Integer.class)
                .single();
    }

    private <T> T acting(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }

    private static CurrentUser person(Role role, UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                role.name().toLowerCase().replace('_', '-') + "-"
                        + UUID.randomUUID().toString().substring(0, 8),
                "Test " + role.label(),
                organisation,
                Set.of(role));
    }
}
