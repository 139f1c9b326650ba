package org.onedoor.treatment.harmreduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.client.BreakGlass;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.ClientTimeline;
import org.onedoor.client.ConsentDecision;
import org.onedoor.client.ConsentMethod;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.client.ConsentRecord;
import org.onedoor.client.Consents;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvResult;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.ItemCount;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NaloxoneSupply;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.NspVisit;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Recipient;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HarmReductionIntegrationTest {

    private static final CurrentUser ADMIN =
            new CurrentUser(UUID.randomUUID(), "harm-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    NeedleExchange exchange;

    @Autowired
    ClientHarmReduction harmReduction;

    @Autowired
    HarmReductionQueries queries;

    @Autowired
    Consents consents;

    @Autowired
    ClientTimeline timeline;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void anAnonymousVisitIsLinkedToAClientOnlyWithConsentAndRecordsWhoLinkedIt() throws Exception {
        UUID provider = organisation();
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        UUID client = client(worker);
        LocalDate today = LocalDate.now(clock);
        String code = "JS" + (10000000 + new java.util.Random().nextInt(89999999)) + "M";
        mvc.perform(post("/harm-reduction")
                        .with(Actors.as(worker))
                        .with(csrf())
                        .param("pseudonym", code)
                        .param("visitedOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("visitedOn.month", String.valueOf(today.getMonthValue()))
                        .param("visitedOn.year", String.valueOf(today.getYear()))
                        .param("given-NEEDLE", "20")
                        .param("returned-SHARPS_BIN", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from treatment_nsp_visit where pseudonym = ? and client_id is null")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThatThrownBy(() -> as(worker, () -> exchange.link(code, client, true)))
                .hasMessageContaining("no consent to direct care");
        as(
                worker,
                () -> consents.record(
                        client,
                        new ConsentRecord(
                                ConsentPurpose.DIRECT_CARE,
                                ConsentDecision.GIVEN,
                                today,
                                ConsentMethod.VERBAL,
                                false,
                                null,
                                null,
                                null)));
        assertThatThrownBy(() -> as(worker, () -> exchange.link(code, client, false)))
                .hasMessageContaining("Confirm that the client agreed");
        assertThat(as(worker, () -> exchange.link(code.toLowerCase(), client, true)))
                .isEqualTo(1);
        assertThat(jdbc.sql("select linked_by from treatment_nsp_visit where pseudonym = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo(worker.username());
        assertThat(as(worker, () -> queries.history(client)).visits())
                .singleElement()
                .satisfies(v -> assertThat(v.items()).contains("Needles 20 out"));

        CurrentUser outsider = person(Role.RECOVERY_WORKER, organisation());
        mvc.perform(get("/clients/" + client + "/harm-reduction").with(Actors.as(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/harm-reduction").with(Actors.as(person(Role.COMMISSIONER, provider))))
                .andExpect(status().isForbidden());
    }

    @Test
    void bloodBorneVirusResultsAreSealedFromRolesOutsideTheSeal() throws Exception {
        UUID provider = organisation();
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        CurrentUser prescriber = person(Role.PRESCRIBER, provider);
        UUID client = client(worker);
        LocalDate today = LocalDate.now(clock);
        as(
                prescriber,
                () -> harmReduction.recordBbv(
                        client,
                        new BbvEntry(
                                Virus.HEP_C, BbvKind.TEST, today, BbvStatus.DONE, BbvResult.POSITIVE, null, false)));
        as(
                worker,
                () -> harmReduction.recordBbv(
                        client, new BbvEntry(Virus.HEP_B, BbvKind.VACCINATION, today, BbvStatus.DONE, null, 3, true)));
        assertThatThrownBy(() -> as(
                        worker,
                        () -> harmReduction.recordBbv(
                                client,
                                new BbvEntry(Virus.HIV, BbvKind.VACCINATION, today, BbvStatus.DONE, null, 1, false))))
                .hasMessageContaining("no vaccination for HIV");
        as(
                worker,
                () -> harmReduction.supplyNaloxone(
                        client, new NaloxoneSupply(today, "NASAL", 2, Recipient.CONCERNED_OTHER, "Mother")));

        assertThat(as(worker, () -> queries.history(client))).satisfies(h -> {
            assertThat(h.bbv()).isEmpty();
            assertThat(h.sealedBbv()).isEqualTo(2);
            assertThat(h.naloxone()).hasSize(1);
        });
        assertThat(as(prescriber, () -> queries.history(client)).bbv())
                .hasSize(2)
                .anySatisfy(b -> assertThat(b.result()).isEqualTo("positive"));
        assertThat(jdbc.sql(
                                "select count(*) from client_timeline where client_id = ? and sealed_as = 'BLOOD_BORNE_VIRUS'")
                        .param(client)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(as(worker, () -> timeline.page(client, 0, 20)).entries().items())
                .noneMatch(e -> e.summary().contains("hepatitis"));

        mvc.perform(get("/clients/" + client + "/harm-reduction").with(Actors.as(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 blood-borne virus entries are sealed")))
                .andExpect(content().string(not(containsString("result positive"))));
        mvc.perform(get("/clients/" + client + "/harm-reduction").with(Actors.as(prescriber)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("result positive")));
    }

    /**
     * Issue 14: every treatment change is audited through ClinicalChanges, which keeps the audit trail's limits. A
     * break-glass basis is "Break-glass: " and a reason of up to 500 characters; written whole, it overran the
     * purpose's 500 and the change failed with a server error.
     */
    @Test
    void aChangeUnderBreakGlassWithTheLongestReasonIsRecordedAndAudited() {
        CurrentUser worker = person(Role.RECOVERY_WORKER, organisation());
        UUID client = client(worker);
        CurrentUser outsider = person(Role.RECOVERY_WORKER, organisation());
        String reason = "Found unresponsive at the hostel; " + "x".repeat(500 - 34);
        as(outsider, () -> breakGlass.open(client, reason));

        UUID supply = as(
                outsider,
                () -> harmReduction.supplyNaloxone(
                        client, new NaloxoneSupply(LocalDate.now(clock), "NASAL", 1, Recipient.CLIENT, null)));

        assertThat(supply).isNotNull();
        assertThat(jdbc.sql("""
                select purpose from audit_access_log
                 where subject_id = ? and username = ? and action = 'CREATE'
                """)
                        .params(client, outsider.username())
                        .query(String.class)
                        .single())
                .startsWith("Break-glass: Found unresponsive at the hostel")
                .hasSize(500);
    }

    @Test
    void aVisitWithoutItemsOrInTheFutureIsRefusedWithMessages() {
        UUID provider = organisation();
        CurrentUser worker = person(Role.RECOVERY_WORKER, provider);
        assertThatThrownBy(() -> as(
                        worker,
                        () -> exchange.record(new NspVisit(
                                null,
                                "AB01011990F",
                                LocalDate.now(clock).plusDays(1),
                                Map.of("NEEDLE", new ItemCount(0, 0)),
                                null))))
                .hasMessageContaining("2 problems");
    }

    private CurrentUser person(Role role, UUID organisation) {
        return new CurrentUser(
                UUID.randomUUID(),
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                "Test " + role.label(),
                organisation,
                Set.of(role));
    }

    private UUID client(CurrentUser worker) {
        return as(
                worker,
                () -> registry.register(NewClient.named(
                        "Jo",
                        "Harm"
                                + UUID.randomUUID()
                                        .toString()
                                        .replaceAll("[0-9-]", "x")
                                        .substring(0, 6),
                        LocalDate.of(1980, 2, 1),
                        Sex.MALE)));
    }

    private UUID organisation() {
        return as(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.LEAD_PROVIDER)
                        .named("Provider " + UUID.randomUUID().toString().substring(0, 6))
                        .build()));
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
