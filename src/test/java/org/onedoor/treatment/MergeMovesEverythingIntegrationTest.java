package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.client.merge.ClientMerge;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 item 11: when two records of one person are merged, every module's rows follow the survivor, so the
 * report views that re-presentation, payments and KPIs read see one person; undoing the merge restores every row.
 */
@IntegrationTest
@Import({TreatmentFixtures.class, WholeRecordFixtures.class, MergeSaboteur.class})
class MergeMovesEverythingIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    WholeRecordFixtures whole;

    @Autowired
    ClientMerge merges;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MergeSaboteur saboteur;

    @Test
    void theDuplicatesRowsInEveryModuleFollowTheSurvivorAndUndoPutsBackEachRow() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, provider);
        UUID survivor = fixtures.client(worker);
        UUID duplicate = fixtures.client(worker);
        LocalDate today = LocalDate.now(clock);
        whole.everythingFor(survivor, worker, today.minusDays(200));
        whole.everythingFor(duplicate, worker, today.minusDays(100));
        Map<String, Map<UUID, UUID>> before = whole.owners(Set.of(survivor, duplicate));
        assertThat(before)
                .allSatisfy((table, rows) ->
                        assertThat(rows.values()).as(table).containsExactlyInAnyOrder(survivor, duplicate));

        UUID mergeId = currentUsers.actingAs(manager, () -> merges.merge(survivor, duplicate, "Same NHS number"));

        Map<String, Map<UUID, UUID>> merged = whole.owners(Set.of(survivor, duplicate));
        assertThat(merged).allSatisfy((table, rows) -> {
            assertThat(rows.keySet()).as(table).isEqualTo(before.get(table).keySet());
            assertThat(rows.values()).as(table).containsOnly(survivor);
        });
        assertThat(clientKeys("select distinct client_key from report_episode where provider_id = ?", provider))
                .containsExactly(survivor);
        assertThat(clientKeys("select distinct client_key from report_contact where provider_id = ?", provider))
                .containsExactly(survivor);
        assertThat(clientKeys("select distinct client_id from report_referral where allocated_to = ?", provider))
                .containsExactly(survivor);
        assertThat(jdbc.sql("select count(*) from treatment_merge_moved where merge_id = ?")
                        .param(mergeId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
        assertThat(tablesStillHolding(duplicate))
                .as("tables with a client_id still holding the duplicate's rows")
                .isEqualTo(STAYS_WITH_THE_DUPLICATE);

        currentUsers.actingAs(manager, () -> merges.undo(mergeId, "Two people after all"));

        assertThat(whole.owners(Set.of(survivor, duplicate))).isEqualTo(before);
        assertThat(clientKeys("select distinct client_key from report_episode where provider_id = ?", provider))
                .containsExactlyInAnyOrder(survivor, duplicate);
    }

    @Test
    void aGroupRegisterBothRecordsAreOnKeepsOneLinePerSessionAndUndoStillRestoresExactly() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, provider);
        UUID survivor = fixtures.client(worker);
        UUID duplicate = fixtures.client(worker);
        whole.everythingFor(survivor, worker, LocalDate.now(clock).minusDays(50));
        UUID session = jdbc.sql("select session_id from treatment_group_attendance where client_id = ?")
                .param(survivor)
                .query(UUID.class)
                .single();
        UUID programme = jdbc.sql("select programme_id from treatment_group_session where id = ?")
                .param(session)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                insert into treatment_group_enrolment (id, programme_id, client_id, enrolled_on, enrolled_at, enrolled_by)
                select ?, programme_id, ?, enrolled_on, enrolled_at, enrolled_by from treatment_group_enrolment
                 where programme_id = ? and client_id = ?""").params(UUID.randomUUID(), duplicate, programme, survivor).update();
        jdbc.sql("""
                insert into treatment_group_attendance (id, session_id, client_id, status, recorded_at, recorded_by)
                select ?, session_id, ?, 'ATTENDED', recorded_at, recorded_by from treatment_group_attendance
                 where session_id = ? and client_id = ?""").params(UUID.randomUUID(), duplicate, session, survivor).update();
        Map<String, Map<UUID, UUID>> before = whole.owners(Set.of(survivor, duplicate));

        UUID mergeId = currentUsers.actingAs(manager, () -> merges.merge(survivor, duplicate, "Same person"));

        assertThat(jdbc.sql("select count(*) from treatment_group_attendance where session_id = ? and client_id = ?")
                        .params(session, survivor)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select client_key from report_contact where contact_type = 'GROUP_SESSION' and client_key in (?, ?)
                """).params(survivor, duplicate).query(UUID.class).list())
                .containsExactly(survivor);
        currentUsers.actingAs(manager, () -> merges.undo(mergeId, "Not the same"));
        assertThat(whole.owners(Set.of(survivor, duplicate))).isEqualTo(before);
    }

    /** What stays under the duplicate's own id by design: its history (and break-glass openings, none here). */
    private static final Set<String> STAYS_WITH_THE_DUPLICATE = Set.of("client_history");

    /** Every table with a client_id column (whoever added it) that still has rows of the client. */
    private Set<String> tablesStillHolding(UUID client) {
        Set<String> tables = new java.util.TreeSet<>();
        // a client_id that names a OneDoor client is a uuid; an NDTMS file's CLIENTID (ndtms_import_row) is text
        jdbc.sql("select table_name from information_schema.columns where lower(column_name) = 'client_id'"
                        + " and lower(table_schema) = 'public' and lower(data_type) = 'uuid'")
                .query(String.class)
                .list()
                .forEach(table -> {
                    String name = table.toLowerCase(java.util.Locale.ROOT);
                    boolean isTable = jdbc.sql(
                                            "select count(*) from information_schema.tables where lower(table_name)"
                                                    + " = ? and lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")
                                    .param(name)
                                    .query(Integer.class)
                                    .single()
                            > 0;
                    if (isTable
                            && jdbc.sql("select count(*) from " + name + " where client_id = ?")
                                            .param(client)
                                            .query(Integer.class)
                                            .single()
                                    > 0) {
                        tables.add(name);
                    }
                });
        return tables;
    }

    @Test
    void aMergeThatOneModuleCannotFollowIsNotMadeAtAll() {
        UUID provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        CurrentUser manager = Actors.person(Role.TEAM_MANAGER, provider);
        UUID survivor = fixtures.client(worker);
        UUID duplicate = fixtures.client(worker);
        whole.everythingFor(duplicate, worker, LocalDate.now(clock).minusDays(30));
        Map<String, Map<UUID, UUID>> before = whole.owners(Set.of(survivor, duplicate));
        saboteur.armFor(duplicate);

        assertThatThrownBy(() -> currentUsers.actingAs(manager, () -> merges.merge(survivor, duplicate, "Same")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(whole.owners(Set.of(survivor, duplicate))).isEqualTo(before);
        assertThat(jdbc.sql("select merged_into from client where id = ?")
                        .param(duplicate)
                        .query((rs, n) -> rs.getObject(1, UUID.class))
                        .list())
                .containsOnlyNulls();
        assertThat(jdbc.sql("select count(*) from client_merge where merged_id = ?")
                        .param(duplicate)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from client_care_team where client_id = ?")
                        .param(duplicate)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    private List<UUID> clientKeys(String sql, UUID provider) {
        return jdbc.sql(sql).param(provider).query(UUID.class).list();
    }
}
