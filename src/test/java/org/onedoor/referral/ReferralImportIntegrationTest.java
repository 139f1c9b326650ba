package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OfferTerms;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.PracticeMenu;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.OdsCode;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReferralImportIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final String EBI = "EXTENDED_BRIEF_INTERVENTION";

    @Autowired
    ReferralImport imports;

    @Autowired
    ReferralRecords records;

    @Autowired
    ReferralQueue queue;

    @Autowired
    EnquiryLog enquiries;

    @Autowired
    Directory directory;

    @Autowired
    PracticeMenu menu;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());
    private final CurrentUser spoc = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());

    @Test
    void importsAnAcceptedAndAReturnedReferralWithTheirHistoryAndAnEnquiry() {
        String ods = "W"
                + String.format(
                        "%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100000));
        UUID practice = as(admin, () -> {
            UUID id = directory.registerOrganisation(OrganisationBuilder.a(OrganisationType.GP_PRACTICE)
                    .named("Import Surgery " + ods)
                    .ods(ods)
                    .listSize(5000)
                    .activeFrom(FROM)
                    .build());
            menu.addOffer(new OdsCode(ods), new OfferTerms(EBI, "ALCOHOL", FROM, null, 3));
            return id;
        });
        String family = "Imported-" + UUID.randomUUID().toString().substring(0, 6);
        Instant received = Instant.parse("2026-08-03T09:15:00Z");
        Instant triaged = Instant.parse("2026-08-04T10:00:00Z");
        Instant allocated = Instant.parse("2026-08-04T10:05:00Z");
        Instant accepted = Instant.parse("2026-08-06T14:30:00Z");
        HistoricReferral.Triage triage = new HistoricReferral.Triage(
                triaged,
                "spoc",
                TriageOutcome.ALLOCATE_TO_PRACTICE,
                "AUDIT-C positive; wants support near home",
                EBI,
                "ALCOHOL");
        HistoricReferral.Allocation allocation = new HistoricReferral.Allocation(
                allocated, "spoc", practice, "The client's own practice offers it", null);
        HistoricReferral acceptedOne = new HistoricReferral(
                details(family + "-a", practice, Set.of(Risk.PREGNANCY)),
                received,
                "spoc",
                triage,
                allocation,
                HistoricReferral.Answer.accepted(accepted, "practice"),
                LocalDate.of(2026, 8, 10),
                LocalDate.of(2026, 8, 17));
        HistoricReferral returnedOne = new HistoricReferral(
                details(family + "-r", practice, Set.of()),
                received.plusSeconds(3600),
                "spoc",
                triage,
                allocation,
                HistoricReferral.Answer.returned(accepted, "practice", "Patient has moved away"),
                null,
                null);

        List<UUID> ids = as(admin, () -> imports.importReferrals(List.of(acceptedOne, returnedOne)));
        UUID enquiry = as(
                        admin,
                        () -> imports.importEnquiries(List.of(new HistoricEnquiry(
                                "NALOXONE",
                                EnquiryCallerType.FAMILY_OR_FRIEND,
                                "ADVICE_GIVEN",
                                null,
                                "Asked where to get naloxone " + family,
                                received,
                                "spoc"))))
                .get(0);

        ReferralView first = as(spoc, () -> records.view(ids.get(0)));
        assertThat(first.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(first.urgent()).as("pregnancy is an urgent risk").isTrue();
        assertThat(first.receivedAt()).isEqualTo(received);
        assertThat(first.reference()).startsWith("R");
        assertThat(first.triage().outcome()).isEqualTo(TriageOutcome.ALLOCATE_TO_PRACTICE);
        assertThat(first.triage().allocatedToName()).isEqualTo("Import Surgery " + ods);
        assertThat(first.history())
                .extracting(ReferralEvent::action)
                .containsExactly("RECEIVED", "TRIAGED", "ALLOCATED", "ACCEPTED");
        assertThat(first.history())
                .extracting(ReferralEvent::at)
                .containsExactly(received, triaged, allocated, accepted);
        assertThat(first.history()).extracting(ReferralEvent::by).containsExactly("spoc", "spoc", "spoc", "practice");
        assertThat(jdbc.sql("""
                        select first_appointment_offered_on, first_intervention_started_on from referral where id = ?
                        """)
                        .param(ids.get(0))
                        .query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                        .single())
                .containsExactly(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 17));

        ReferralView second = as(spoc, () -> records.view(ids.get(1)));
        assertThat(second.status()).isEqualTo(ReferralStatus.RETURNED);
        assertThat(second.triage().returnReason()).isEqualTo("Patient has moved away");
        assertThat(second.triage().allocatedToName()).isNull();
        assertThat(second.history())
                .extracting(ReferralEvent::action)
                .containsExactly("RECEIVED", "TRIAGED", "ALLOCATED", "RETURNED");
        assertThat(Integer.parseInt(second.reference().substring(1)))
                .as("references follow the order of receipt")
                .isGreaterThan(Integer.parseInt(first.reference().substring(1)));

        var open = as(spoc, () -> queue.page(new QueueFilter(family, null, false, null, 0, 50)));
        assertThat(open.items()).extracting(QueueEntry::id).containsExactly(ids.get(1));
        assertThat(open.items().get(0).breach())
                .as("received months before the test clock's day")
                .isTrue();

        assertThat(as(spoc, () -> enquiries.recent("NALOXONE", 0, 100)).items())
                .filteredOn(e -> e.id().equals(enquiry))
                .singleElement()
                .satisfies(e -> assertThat(e.receivedAt()).isEqualTo(received));
        assertThat(jdbc.sql("select count(*) from practice_capacity_hold where held_for in (?, ?) "
                                + "and released_at is null")
                        .param(ids.get(0))
                        .param(ids.get(1))
                        .query(Long.class)
                        .single())
                .as("only the accepted referral keeps its place")
                .isEqualTo(1L);
    }

    @Test
    void refusesStagesThatDoNotHangTogetherAndNonAdministrators() {
        HistoricReferral answeredWithoutAllocation = new HistoricReferral(
                details("Odd", null, Set.of()),
                Instant.parse("2026-08-03T09:15:00Z"),
                "spoc",
                null,
                null,
                HistoricReferral.Answer.accepted(Instant.parse("2026-08-04T09:15:00Z"), "practice"),
                null,
                null);
        assertThatThrownBy(() -> as(admin, () -> imports.importReferrals(List.of(answeredWithoutAllocation))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only an allocated referral");
        assertThatThrownBy(() -> as(spoc, () -> imports.importReferrals(List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void namesTheFirstStageOutOfOrderAndSavesNothing() {
        Instant received = Instant.parse("2026-08-03T09:15:00Z");
        UUID practice = UUID.randomUUID();
        HistoricReferral.Triage routed = new HistoricReferral.Triage(
                received.plusSeconds(3600),
                "spoc",
                TriageOutcome.ALLOCATE_TO_PRACTICE,
                "Needs a practice",
                "STRUCTURED_PSYCHOSOCIAL",
                "ALCOHOL");
        HistoricReferral.Allocation allocated =
                new HistoricReferral.Allocation(received.plusSeconds(7200), "spoc", practice, "Nearest practice", null);
        Map<String, HistoricReferral> refused = new java.util.LinkedHashMap<>();
        refused.put(
                "triaged before it was received",
                historic(
                        new HistoricReferral.Triage(
                                received.minusSeconds(60), "spoc", TriageOutcome.ADVICE_ONLY, "Advice", null, null),
                        null,
                        null,
                        null));
        refused.put(
                "an allocating triage needs the intervention and the substance group",
                historic(
                        new HistoricReferral.Triage(
                                received.plusSeconds(60),
                                "spoc",
                                TriageOutcome.ALLOCATE_TO_PARTNER,
                                "Partner",
                                null,
                                "ALCOHOL"),
                        null,
                        null,
                        null));
        refused.put(
                "only a referral triaged for allocation can be allocated",
                historic(
                        new HistoricReferral.Triage(
                                received.plusSeconds(60), "spoc", TriageOutcome.ADVICE_ONLY, "Advice", null, null),
                        allocated,
                        null,
                        null));
        refused.put(
                "allocated before it was triaged",
                historic(
                        routed,
                        new HistoricReferral.Allocation(
                                received.plusSeconds(60), "spoc", practice, "Nearest practice", null),
                        null,
                        null));
        refused.put(
                "answered before it was allocated",
                historic(
                        routed,
                        allocated,
                        HistoricReferral.Answer.accepted(received.plusSeconds(3600), "practice"),
                        null));
        refused.put(
                "a return needs its reason",
                historic(
                        routed,
                        allocated,
                        HistoricReferral.Answer.returned(received.plusSeconds(9000), "practice", "  "),
                        null));
        refused.put(
                "only an accepted referral has first appointment or intervention dates",
                historic(routed, allocated, null, LocalDate.of(2026, 8, 10)));
        long before =
                jdbc.sql("select count(*) from referral").query(Long.class).single();
        refused.forEach((message, referral) -> assertThatThrownBy(() ->
                        as(admin, () -> imports.importReferrals(List.of(historic(null, null, null, null), referral))))
                .as(message)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Historic referral 1: " + message));
        assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single())
                .isEqualTo(before);
    }

    private static HistoricReferral historic(
            HistoricReferral.Triage triage,
            HistoricReferral.Allocation allocation,
            HistoricReferral.Answer answer,
            LocalDate offered) {
        return new HistoricReferral(
                details("Staged", null, Set.of()),
                Instant.parse("2026-08-03T09:15:00Z"),
                "spoc",
                triage,
                allocation,
                answer,
                offered,
                null);
    }

    private static NewReferral details(String family, UUID practice, Set<Risk> risks) {
        return NewReferralBuilder.aReferral()
                .familyName(family)
                .nhsNumber("9434765919")
                .postcode("nv1 4ap")
                .gp(practice)
                .substances("ALCOHOL", "CANNABIS")
                .risks(risks)
                .build();
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
