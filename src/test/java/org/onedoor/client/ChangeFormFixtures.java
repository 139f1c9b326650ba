package org.onedoor.client;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationDetails;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.OrganisationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client registered by a recovery worker of a fresh lead provider, a partner provider and a GP practice of the
 * partnership, and a person of an organisation outside the care team; all made through the module APIs. Made by
 * {@link ClientFixtures#aClientOfALeadProvider()}.
 */
final class ChangeFormFixtures {

    static final LocalDate MEMBER_FROM = LocalDate.of(2026, 4, 1);

    final UUID provider;
    final UUID partner;
    final UUID practice;
    final UUID elsewhere;
    final CurrentUser worker;
    final CurrentUser manager;
    final CurrentUser partnerWorker;
    final CurrentUser outsider;
    final UUID client;
    final String familyName = "Forms-" + UUID.randomUUID().toString().substring(0, 8);

    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;

    ChangeFormFixtures(Directory directory, ClientRegistry registry, CurrentUsers currentUsers, JdbcClient jdbc) {
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        String tag = familyName.substring(6);
        CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());
        provider = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(
                        organisation(OrganisationType.LEAD_PROVIDER, "Forms Lead " + tag, null)));
        partner = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(
                        organisation(OrganisationType.PARTNER_PROVIDER, "Forms Partner " + tag, null)));
        String ods = "F" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        practice = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(
                        organisation(OrganisationType.GP_PRACTICE, "Forms Surgery " + tag, ods)));
        elsewhere = currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(
                        organisation(OrganisationType.PARTNER_PROVIDER, "Forms Elsewhere " + tag, null)));
        worker = Actors.person(Role.RECOVERY_WORKER, provider);
        manager = Actors.person(Role.TEAM_MANAGER, provider);
        partnerWorker = Actors.person(Role.RECOVERY_WORKER, partner);
        outsider = Actors.person(Role.RECOVERY_WORKER, elsewhere);
        client = currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named("Sam", familyName, LocalDate.of(1985, 3, 27), Sex.FEMALE)));
    }

    String reference() {
        return jdbc.sql("select reference from client where id = ?")
                .param(client)
                .query(String.class)
                .single();
    }

    int rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where client_id = ?")
                .param(client)
                .query(Integer.class)
                .single();
    }

    <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }

    private static OrganisationDetails organisation(OrganisationType type, String name, String ods) {
        return OrganisationBuilder.a(type)
                .named(name)
                .ods(ods)
                .listSize(ods == null ? null : 4000)
                .activeFrom(MEMBER_FROM)
                .build();
    }
}
