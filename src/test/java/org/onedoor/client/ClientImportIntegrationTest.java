package org.onedoor.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.ContactDetails;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ClientImportIntegrationTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    @Autowired
    ClientImport imports;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser admin = Actors.person(Role.ADMINISTRATOR, UUID.randomUUID());

    @Test
    void importsAThousandClientsWithConsentsCareTeamAndTimelineInBatchesWithOneAuditEntryEach() {
        UUID provider = UUID.randomUUID();
        String family = "Bulk" + UUID.randomUUID().toString().substring(0, 6);
        List<ImportedClient> clients = IntStream.range(0, 1000)
                .mapToObj(i -> client(family, i, provider))
                .toList();

        List<UUID> ids = currentUsers.actingAs(admin, () -> imports.importClients(clients));

        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
        assertThat(count("select count(*) from client where search_family = :family", family))
                .isEqualTo(1000);
        assertThat(new HashSet<>(jdbc.sql("select reference from client where search_family = :family")
                        .param("family", SearchNames.family(family))
                        .query(String.class)
                        .list()))
                .hasSize(1000);
        assertThat(count("""
                select count(*) from client_care_team t join client c on c.id = t.client_id
                 where c.search_family = :family and t.team_role = 'RESPONSIBLE' and t.worker_username = 'recovery'
                """, family)).isEqualTo(1000);
        assertThat(count("""
                select count(*) from client_consent_current k join client c on c.id = k.client_id
                 where c.search_family = :family and k.decision = 'GIVEN'
                """, family)).isEqualTo(2000);
        assertThat(count("""
                select count(*) from client_timeline t join client c on c.id = t.client_id
                 where c.search_family = :family
                """, family)).isEqualTo(1000);
        assertThat(count("""
                select count(*) from client_substance s join client c on c.id = s.client_id
                 where c.search_family = :family and s.rank = 1
                """, family)).isEqualTo(1000);
        assertThat(jdbc.sql("""
                select detail from audit_access_log
                 where username = :user and action = 'CREATE' order by seq
                """)
                        .param("user", admin.username())
                        .query(String.class)
                        .list())
                .hasSize(2)
                .allMatch(detail -> detail.startsWith("Bulk import: 500 clients, C"));
    }

    @Test
    void refusesTheWholeImportWhenOneClientLacksTheFewestDetails() {
        String family = "Refused" + UUID.randomUUID().toString().substring(0, 6);
        ImportedClient good = client(family, 1, UUID.randomUUID());
        ImportedClient bad = new ImportedClient(
                new NewClient(
                        "Ann",
                        family,
                        null,
                        null,
                        Sex.FEMALE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ContactDetails.NONE,
                        null,
                        null),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());

        assertThatThrownBy(() -> currentUsers.actingAs(admin, () -> imports.importClients(List.of(good, bad))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Imported client 1");
        assertThat(count("select count(*) from client where search_family = :family", family))
                .isZero();
    }

    @Test
    void refusesTheWholeImportWhenOneIdentityFailsTheChecksOfARegistration() {
        String family = "Checked" + UUID.randomUUID().toString().substring(0, 6);
        ImportedClient good = client(family, 1, UUID.randomUUID());
        ImportedClient bad = new ImportedClient(
                NewClient.named("Ann", family, LocalDate.of(2099, 1, 1), Sex.FEMALE)
                        .withContact("NOT A POSTCODE", new ContactDetails("07700 900123", null, true, false, true)),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());

        assertThatThrownBy(() -> currentUsers.actingAs(admin, () -> imports.importClients(List.of(good, bad))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "Imported client 1: dateOfBirth: The date of birth must be in the past; " + "postcode: ");
        assertThat(count("select count(*) from client where search_family = :family", family))
                .isZero();
    }

    private ImportedClient client(String family, int i, UUID provider) {
        NewClient identity = NewClient.named(
                        "Given" + i, family, LocalDate.of(1980, 1, 1).plusDays(i), Sex.MALE)
                .withContact("NV1 4AP", new ContactDetails("07700 900123", null, true, false, true));
        return new ImportedClient(
                identity,
                List.of(new CareTeamMembership(
                        provider,
                        CareTeamRole.RESPONSIBLE,
                        "recovery",
                        "Rob Fletcher",
                        ON,
                        "REFERRAL",
                        UUID.randomUUID())),
                List.of(consent(ConsentPurpose.DIRECT_CARE), consent(ConsentPurpose.NDTMS)),
                List.of(new ProblemSubstances.Substance("ALCOHOL", "Alcohol")),
                ON,
                List.of(),
                List.of(new ImportedClient.Event(ON, "REFERRAL", "Referral accepted", null, "REFERRAL", null, null)));
    }

    private static ConsentRecord consent(ConsentPurpose purpose) {
        return new ConsentRecord(purpose, ConsentDecision.GIVEN, ON, ConsentMethod.VERBAL, true, null, null, null);
    }

    private long count(String sql, String family) {
        return jdbc.sql(sql)
                .param("family", SearchNames.family(family))
                .query(Long.class)
                .single();
    }
}
