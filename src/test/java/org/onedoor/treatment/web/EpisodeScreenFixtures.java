package org.onedoor.treatment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.referral.NewReferral;
import org.onedoor.referral.ReferralAllocation;
import org.onedoor.referral.ReferralInbox;
import org.onedoor.referral.ReferralIntake;
import org.onedoor.referral.TriageDecision;
import org.onedoor.referral.TriageOutcome;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.NewEpisodeBuilder;
import org.onedoor.testsupport.NewReferralBuilder;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.testsupport.StaffAccounts;
import org.onedoor.treatment.EpisodeManagement;
import org.onedoor.treatment.Interventions;
import org.onedoor.treatment.NewIntervention;
import org.springframework.stereotype.Component;

/**
 * Organisations, workers, clients, accepted referrals and episodes for the episode screens' tests (public: the
 * treatment journey's browser test uses it too).
 */
@Component
public class EpisodeScreenFixtures {

    /** Why a fixture episode dated further back than the limit is recorded late. */
    static final String LATE = "Recorded from paper notes after the clinic";

    private static final CurrentUser ADMIN = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());
    private static final CurrentUser SPOC = Actors.person(Role.SPOC_WORKER, UUID.randomUUID());

    private final StaffAccounts staff;
    private final Directory directory;
    private final ClientRegistry registry;
    private final EpisodeManagement episodes;
    private final Interventions interventions;
    private final ReferralIntake intake;
    private final ReferralAllocation allocation;
    private final ReferralInbox inbox;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    EpisodeScreenFixtures(
            StaffAccounts staff,
            Directory directory,
            ClientRegistry registry,
            EpisodeManagement episodes,
            Interventions interventions,
            ReferralIntake intake,
            ReferralAllocation allocation,
            ReferralInbox inbox,
            CurrentUsers currentUsers,
            Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.staff = staff;
        this.directory = directory;
        this.registry = registry;
        this.episodes = episodes;
        this.interventions = interventions;
        this.intake = intake;
        this.allocation = allocation;
        this.inbox = inbox;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public UUID organisation(OrganisationType type) {
        String ods = type.isPractice() ? "W" + String.format("%05d", new java.util.Random().nextInt(100000)) : null;
        return as(
                ADMIN,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .named(type.label() + " " + suffix())
                        .ods(ods)
                        .listSize(type.isPractice() ? 4000 : null)
                        .build()));
    }

    public static CurrentUser worker(UUID organisation) {
        return Actors.person(Role.RECOVERY_WORKER, organisation);
    }

    UUID client(CurrentUser worker) {
        return as(
                worker,
                () -> registry.register(
                        NewClient.named("Robin", "Screens" + letters(), LocalDate.of(1981, 2, 3), Sex.FEMALE)));
    }

    UUID episode(CurrentUser worker, UUID client, LocalDate referred, LocalDate triaged) {
        staff.enrol(worker);
        return as(
                worker,
                () -> episodes.open(NewEpisodeBuilder.anEpisodeFor(client)
                        .referredOn(referred)
                        .triagedOn(triaged)
                        .keyworker(worker.username(), worker.displayName())
                        .lateReason(LATE)
                        .build()));
    }

    UUID intervention(CurrentUser worker, UUID episode, UUID deliveredBy, LocalDate referred, LocalDate started) {
        return as(
                worker,
                () -> interventions.refer(
                        episode,
                        new NewIntervention("PSYCHOSOCIAL", "COMMUNITY", deliveredBy, referred, null, started)));
    }

    /** A referral allocated to the partner provider and accepted there, so it is linked to a client. */
    public UUID acceptedReferral(UUID partner, CurrentUser receiver) {
        if (directory.activeOrganisations(OrganisationType.LEAD_PROVIDER).isEmpty()) {
            organisation(OrganisationType.LEAD_PROVIDER);
        }
        NewReferral details = NewReferralBuilder.aReferral()
                .named("Robin", "Referred" + letters())
                .born(LocalDate.of(1983, 5, 6))
                .substances("ALCOHOL", "COCAINE")
                .build();
        UUID referral = as(SPOC, () -> intake.receive(details)).id();
        as(SPOC, () -> {
            allocation.triage(
                    referral,
                    new TriageDecision(
                            TriageOutcome.ALLOCATE_TO_PARTNER,
                            "Needs structured work",
                            "STRUCTURED_PSYCHOSOCIAL",
                            "ALCOHOL"));
            allocation.allocate(referral, partner, "Closest partner for the test");
            return null;
        });
        as(receiver, () -> {
            inbox.accept(referral, null);
            return null;
        });
        return referral;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The client a referral was linked to on acceptance, as the reporting view shows it. */
    public UUID clientOf(UUID referral) {
        return jdbc.sql("select client_id from report_referral where referral_id = ?")
                .param(referral)
                .query(UUID.class)
                .single();
    }

    public <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** Five random lower-case letters (a UUID's hex can have fewer than five letters, so not from one). */
    private static String letters() {
        StringBuilder letters = new StringBuilder(5);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int n = 0; n < 5; n++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
