package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.alcohol.AlcoholScreening;
import org.onedoor.assessment.alcohol.AuditCAnswers;
import org.onedoor.client.ClientCandidate;
import org.onedoor.client.spi.SubjectAccessItem;
import org.onedoor.client.spi.SubjectAccessSection;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.NhsNumber;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Accepting a referral connects it to the shared client record. */
@IntegrationTest
class ReferralClientsIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final String EBI = "EXTENDED_BRIEF_INTERVENTION";

    @Autowired
    ReferralIntake intake;

    @Autowired
    ReferralAllocation allocation;

    @Autowired
    ReferralInbox inbox;

    @Autowired
    ReferralRecords records;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    List<SubjectAccessSection> sections;

    private final CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());
    private final CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());

    @Test
    void acceptingRegistersTheClientWithCareTeamSubstancesAndTimelineAndLinksIt() throws Exception {
        UUID practice = practiceOffering();
        String nhsNumber = newNhsNumber();
        UUID referralId = allocated(practice, nhsNumber, "Okafor-" + suffix(), "ALCOHOL", "COCAINE");
        CurrentUser gp = Actors.person(Role.PRACTICE_USER, practice);

        as(gp, () -> {
            inbox.accept(referralId, null);
            return null;
        });

        ReferralView view = as(spoc, () -> records.view(referralId));
        assertThat(view.client()).isNotNull();
        UUID client = view.client().id();
        assertThat(view.client().reference()).startsWith("C");
        assertThat(jdbc.sql("select nhs_number from client where id = ?")
                        .param(client)
                        .query(String.class)
                        .single())
                .isEqualTo(nhsNumber);
        Map<String, Object> member = jdbc.sql("""
                select organisation_id, team_role, worker_username, worker_name, source_kind, source_id
                  from client_care_team where client_id = ?
                """).param(client).query().singleRow();
        assertThat(member)
                .containsEntry("organisation_id", practice)
                .containsEntry("team_role", "RESPONSIBLE")
                .containsEntry("worker_username", gp.username())
                .containsEntry("worker_name", gp.displayName())
                .containsEntry("source_kind", "REFERRAL")
                .containsEntry("source_id", referralId);
        assertThat(jdbc.sql("""
                select substance from client_substance where client_id = ? and voided_at is null order by rank
                """).param(client).query(String.class).list()).containsExactly("ALCOHOL", "COCAINE");
        assertThat(jdbc.sql("select summary from client_timeline where client_id = ? and kind = 'REFERRAL'")
                        .param(client)
                        .query(String.class)
                        .list())
                .containsExactly("Referral " + view.reference() + " accepted by "
                        + directory.organisation(practice).name());

        mvc.perform(get("/referrals/{id}", referralId).with(Actors.as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Open client record " + view.client().reference())));
    }

    @Test
    void aSecondReferralForTheSameNhsNumberLinksTheSameClientAndTheSubjectAccessSectionListsBoth() {
        String nhsNumber = newNhsNumber();
        String family = "Lindqvist-" + suffix();
        UUID firstPractice = practiceOffering();
        UUID first = allocated(firstPractice, nhsNumber, family, "ALCOHOL");
        as(Actors.person(Role.PRACTICE_USER, firstPractice), () -> {
            inbox.accept(first, null);
            return null;
        });
        UUID known = as(spoc, () -> records.view(first)).client().id();
        UUID secondPractice = practiceOffering();
        UUID second = allocated(secondPractice, nhsNumber, family, "CANNABIS");
        CurrentUser secondGp = Actors.person(Role.PRACTICE_USER, secondPractice);
        assertThat(as(secondGp, () -> inbox.acceptance(second)).candidates())
                .extracting(ClientCandidate::clientId, ClientCandidate::reason)
                .as("the same NHS number comes first; others of the same initials and birthday may follow")
                .startsWith(tuple(known, "Same NHS number"));
        as(secondGp, () -> {
            inbox.accept(second, known);
            return null;
        });

        ReferralView one = as(spoc, () -> records.view(first));
        ReferralView two = as(spoc, () -> records.view(second));
        assertThat(two.client()).isEqualTo(one.client());
        UUID client = one.client().id();
        assertThat(jdbc.sql("select organisation_id from client_care_team where client_id = ?")
                        .param(client)
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(firstPractice, secondPractice);
        assertThat(jdbc.sql("select substance from client_substance where client_id = ? and voided_at is null")
                        .param(client)
                        .query(String.class)
                        .list())
                .containsExactly("CANNABIS");
        assertThat(jdbc.sql("select count(*) from client_substance where client_id = ? and voided_at is not null")
                        .param(client)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        SubjectAccessSection referrals = sections.stream()
                .filter(s -> s.title().equals("Referrals"))
                .findFirst()
                .orElseThrow();
        List<SubjectAccessItem> items = referrals.items(Set.of(client));
        assertThat(items)
                .extracting(SubjectAccessItem::heading)
                .containsExactly("Referral " + one.reference(), "Referral " + two.reference());
        assertThat(items.get(0).fields())
                .containsEntry("Reference", one.reference())
                .containsEntry("Status", ReferralStatus.ACCEPTED.label())
                .containsEntry("Triage outcome", TriageOutcome.ALLOCATE_TO_PRACTICE.label())
                .containsEntry("Triage reason", "AUDIT-C positive; wants support near home")
                .containsEntry("Problem substances", "Alcohol")
                .containsKeys("Received", "Came in by", "Referred by", "Allocated", "Accepted");
        assertThat(referrals.items(Set.of(UUID.randomUUID()))).isEmpty();

        SubjectAccessSection screening = sections.stream()
                .filter(s -> s.title().equals("Screening answers and referral history"))
                .findFirst()
                .orElseThrow();
        List<SubjectAccessItem> screened = screening.items(Set.of(client)).stream()
                .filter(item -> item.heading().startsWith("AUDIT-C screening"))
                .toList();
        assertThat(screened)
                .hasSize(2)
                .allSatisfy(item -> assertThat(item.fields())
                        .containsEntry("Answers (score of each question)", "3,2,2")
                        .containsEntry("Score", "7")
                        .containsKeys("Recommended response", "When", "By"));
        assertThat(screening.items(Set.of(client)))
                .extracting(SubjectAccessItem::heading)
                .contains("Referral " + one.reference() + ": accepted");
    }

    private UUID allocated(UUID practice, String nhsNumber, String family, String... substances) {
        NewReferral base = ReferralFixtures.aReferral().build();
        NewReferral details = NewReferralBuilder.aReferral()
                .channel(base.channel())
                .named(base.givenName(), family)
                .born(base.dateOfBirth())
                .sex(base.sex())
                .nhsNumber(nhsNumber)
                .gp(practice)
                .substances(substances)
                .build();
        UUID referral = as(spoc, () -> intake.receive(details)).id();
        as(spoc, () -> {
            allocation.recordScreening(referral, AlcoholScreening.scoreAuditC(new AuditCAnswers(3, 2, 2)));
            allocation.triage(
                    referral,
                    new TriageDecision(
                            TriageOutcome.ALLOCATE_TO_PRACTICE,
                            "AUDIT-C positive; wants support near home",
                            EBI,
                            "ALCOHOL"));
            allocation.allocate(referral, practice, null);
            return null;
        });
        return referral;
    }

    private UUID practiceOffering() {
        String ods = "V" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        return as(admin, () -> {
            if (directory.activeOrganisations(OrganisationType.LEAD_PROVIDER).isEmpty()) {
                directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .named("Linking Lead Provider")
                        .activeFrom(FROM)
                        .build());
            }
            UUID id = directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                    .named("Linking Surgery " + ods)
                    .ods(ods)
                    .listSize(5000)
                    .activeFrom(FROM)
                    .build());
            menu.addOffer(new OdsCode(ods), new OfferTerms(EBI, "ALCOHOL", FROM, null, 50));
            return id;
        });
    }

    /** A valid NHS number in the test range, different in every test. */
    static String newNhsNumber() {
        while (true) {
            String candidate =
                    "999" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            if (NhsNumber.isValid(candidate)) {
                return candidate;
            }
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
