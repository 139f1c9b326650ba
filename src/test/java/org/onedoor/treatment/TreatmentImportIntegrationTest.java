package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientImport;
import org.onedoor.client.ImportedClient;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@Import(TreatmentFixtures.class)
class TreatmentImportIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    TreatmentImport imports;

    @Autowired
    ClientImport clients;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(),
            "importer-" + UUID.randomUUID().toString().substring(0, 8),
            "Importer",
            UUID.randomUUID(),
            Set.of(Role.ADMINISTRATOR));

    @Test
    void importsAThousandJourneysWithTransfersAndRePresentationsAsThePolicyJudgesThem() {
        UUID lead = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        UUID practice = fixtures.organisation(OrganisationType.GP_PRACTICE);
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = currentUsers.actingAs(admin, () -> clients.importClients(people(1000)));
        List<ImportedTreatment> treatments = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            LocalDate referred = today.minusDays(700 - i % 200);
            LocalDate discharged = referred.plusDays(120 + i % 31);
            String reason = i % 3 == 2 ? "83" : "80";
            LocalDate back = i % 3 == 0
                    ? discharged.plusDays(20 + i % 150)
                    : i % 3 == 1 ? discharged.plusMonths(6).plusDays(1 + i % 40) : discharged;
            treatments.add(new ImportedTreatment(
                    ids.get(i),
                    List.of(
                            episode(lead, referred, discharged, reason, lead),
                            episode(i % 3 == 2 ? practice : lead, back, null, null, i % 3 == 2 ? practice : lead))));
        }
        long audits = audits();
        List<List<UUID>> episodes = currentUsers.actingAs(admin, () -> imports.importTreatment(treatments));

        assertThat(episodes).hasSize(1000).allSatisfy(list -> assertThat(list).hasSize(2));
        assertThat(audits() - audits).isEqualTo(2);
        String mine = "client_key in (select client_key from report_episode where provider_id = :lead)";
        assertThat(jdbc.sql("select count(*) from report_episode where " + mine)
                        .param("lead", lead)
                        .query(Long.class)
                        .single())
                .isEqualTo(2000);
        assertThat(jdbc.sql("select count(*) from report_intervention where " + mine)
                        .param("lead", lead)
                        .query(Long.class)
                        .single())
                .isEqualTo(2000);
        assertThat(jdbc.sql("""
                select count(*) from report_episode e where %s and (e.triaged_on < e.referred_on
                    or e.care_plan_started_on < e.triaged_on or e.discharged_on < e.care_plan_started_on
                    or e.discharged_on > :today or e.triaged_on > :today)""".formatted(mine))
                        .param("lead", lead)
                        .param("today", today)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                select count(*) from report_intervention i join report_episode e on e.episode_id = i.episode_id
                 where e.%s and (i.first_offered_on < i.referred_on or i.started_on < i.first_offered_on
                    or i.ended_on < i.started_on or i.ended_on > e.discharged_on or i.referred_on < e.referred_on)
                """.formatted(mine))
                        .param("lead", lead)
                        .query(Long.class)
                        .single())
                .isZero();

        RePresentationPolicy policy = new RePresentationPolicy(Period.ofMonths(6));
        Map<UUID, List<EpisodeRow>> byClient = jdbc
                .sql("""
                select client_key, episode_id, triaged_on, discharged_on, outcome_class, re_presentation_of,
                       journey_id, transferred_from from report_episode where %s""".formatted(mine))
                .param("lead", lead)
                .query((rs, n) -> new EpisodeRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getObject(7, UUID.class),
                        rs.getObject(8, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(EpisodeRow::client));
        int rePresented = 0;
        int transfers = 0;
        for (List<EpisodeRow> rows : byClient.values()) {
            EpisodeRow first = rows.stream()
                    .filter(r -> r.discharged() != null)
                    .findFirst()
                    .orElseThrow();
            EpisodeRow second = rows.stream()
                    .filter(r -> r.discharged() == null)
                    .findFirst()
                    .orElseThrow();
            List<RePresentationPolicy.Completion> completions = "SUCCESSFUL".equals(first.outcome())
                    ? List.of(new RePresentationPolicy.Completion(first.id(), first.discharged()))
                    : List.of();
            UUID expected = policy.returnedTo(completions, second.triaged())
                    .map(RePresentationPolicy.Completion::episodeId)
                    .orElse(null);
            assertThat(second.rePresentationOf()).isEqualTo(expected);
            assertThat(first.rePresentationOf()).isNull();
            rePresented += expected != null ? 1 : 0;
            if ("TRANSFER".equals(first.outcome())) {
                transfers++;
                assertThat(second.journey()).isEqualTo(first.journey());
                assertThat(second.transferredFrom()).isEqualTo(first.id());
            } else {
                assertThat(second.journey()).isNotEqualTo(first.journey());
            }
        }
        assertThat(rePresented).isEqualTo(334);
        assertThat(transfers).isEqualTo(333);
        assertThat(jdbc.sql("select count(*) from client_timeline where client_id = ?")
                        .param(ids.get(0))
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void refusesAWholeImportWhenOneEpisodeIsOutOfOrderAndSavesNothing() {
        UUID lead = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        LocalDate today = LocalDate.now(clock);
        List<UUID> ids = currentUsers.actingAs(admin, () -> clients.importClients(people(2)));
        ImportedEpisode good = episode(lead, today.minusDays(30), null, null, lead);
        ImportedEpisode bad = new ImportedEpisode(
                lead,
                null,
                today.minusDays(10),
                today.minusDays(12),
                null,
                List.of("ALCOHOL"),
                null,
                null,
                null,
                null,
                List.of());
        assertThatThrownBy(() -> currentUsers.actingAs(
                        admin,
                        () -> imports.importTreatment(List.of(
                                new ImportedTreatment(ids.get(0), List.of(good)),
                                new ImportedTreatment(ids.get(1), List.of(bad))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Imported client 1");
        assertThat(jdbc.sql("select count(*) from treatment_episode where provider_id = ?")
                        .param(lead)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_access_log where username = ?")
                .param(admin.username())
                .query(Long.class)
                .single();
    }

    private static List<ImportedClient> people(int count) {
        List<ImportedClient> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new ImportedClient(
                    NewClient.named(
                            "Jo",
                            "Imported" + (char) ('a' + i % 26),
                            LocalDate.of(1980, 1, 1).plusDays(i),
                            Sex.FEMALE),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of()));
        }
        return people;
    }

    private static ImportedEpisode episode(
            UUID provider, LocalDate referred, LocalDate discharged, String reason, UUID deliveredBy) {
        LocalDate triaged = referred.plusDays(3);
        LocalDate started = triaged.plusDays(5);
        return new ImportedEpisode(
                provider,
                null,
                referred,
                triaged,
                triaged.plusDays(2),
                List.of("HEROIN", "CRACK"),
                null,
                null,
                discharged,
                reason,
                List.of(new ImportedEpisode.Intervention(
                        "PSYCHOSOCIAL",
                        "COMMUNITY",
                        deliveredBy,
                        triaged,
                        triaged.plusDays(2),
                        started,
                        discharged,
                        discharged == null ? null : "A",
                        List.of(new ImportedEpisode.SubIntervention("PSY_MOTIVATIONAL", started)))));
    }

    record EpisodeRow(
            UUID client,
            UUID id,
            LocalDate triaged,
            LocalDate discharged,
            String outcome,
            UUID rePresentationOf,
            UUID journey,
            UUID transferredFrom) {}
}
