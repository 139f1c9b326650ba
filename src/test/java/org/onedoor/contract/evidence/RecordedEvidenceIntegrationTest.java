package org.onedoor.contract.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientRegistry;
import org.onedoor.client.NewClient;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.shared.Sex;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.OrganisationBuilder;
import org.onedoor.treatment.ImportedEpisode;
import org.onedoor.treatment.ImportedTreatment;
import org.onedoor.treatment.TreatmentImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A snapshot of OneDoor's own treatment records, made through the treatment module's bulk import. */
@IntegrationTest
class RecordedEvidenceIntegrationTest {

    private final CurrentUser admin = new CurrentUser(
            UUID.randomUUID(), "evidence-admin", "Admin", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    @Autowired
    EvidenceSnapshots snapshots;

    @Autowired
    EvidenceReader reader;

    @Autowired
    Directory directory;

    @Autowired
    ClientRegistry registry;

    @Autowired
    TreatmentImport treatment;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvidenceKeys keys;

    @Test
    void snapshotsRecordedTreatmentWithPseudonymousClientsPracticeCodesAndNothingAfterTheAsOfDay() {
        String ods = "Y" + String.format("%05d", new Random().nextInt(100000));
        UUID lead = organisation(OrganisationType.LEAD_PROVIDER, null);
        UUID practice = organisation(OrganisationType.GP_PRACTICE, ods);
        CurrentUser worker =
                new CurrentUser(UUID.randomUUID(), "evidence-worker", "Worker", lead, Set.of(Role.RECOVERY_WORKER));
        UUID completer = currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named("Sam", "Evidence", LocalDate.of(1980, 1, 2), Sex.FEMALE)));
        UUID staying = currentUsers.actingAs(
                worker,
                () -> registry.register(NewClient.named("Kim", "Evidence", LocalDate.of(1975, 3, 4), Sex.MALE)));
        List<List<UUID>> episodes = currentUsers.actingAs(
                admin,
                () -> treatment.importTreatment(List.of(
                        new ImportedTreatment(
                                completer,
                                List.of(episode(
                                        lead,
                                        "2016-04-01",
                                        "2016-08-31",
                                        "80",
                                        intervention(
                                                "PSYCHOSOCIAL", "PRIMARY_CARE", practice, "2016-04-05", "2016-08-31"),
                                        intervention(
                                                "RECOVERY_SUPPORT",
                                                "PRIMARY_CARE",
                                                practice,
                                                "2016-06-01",
                                                "2016-07-15")))),
                        new ImportedTreatment(
                                staying,
                                List.of(episode(
                                        lead,
                                        "2016-05-01",
                                        null,
                                        null,
                                        intervention("PHARMACOLOGICAL", "PRIMARY_CARE", practice, "2016-05-02", null),
                                        intervention(
                                                "PSYCHOSOCIAL", "COMMUNITY", lead, "2016-05-02", "2016-05-30")))))));

        EvidenceSnapshot june = snapshots.takeFromRecords(LocalDate.of(2016, 6, 30), "Recorded to June 2016");
        EvidenceSnapshot march = snapshots.takeFromRecords(LocalDate.of(2017, 3, 31), "Recorded to March 2017");

        assertThat(march.source()).isEqualTo(EvidenceSource.RECORDED);
        assertThat(march.rowCount()).isEqualTo(rows(march.id())).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("""
                select client_key, episode_key, practice_code, setting_code, intervention_code, discharge_code
                  from contract_evidence_intervention where snapshot_id = :id and client_key in (:keys)
                 order by client_key, intervention_code
                """)
                        .param("id", march.id())
                        .param("keys", List.of(key(completer), key(staying)))
                        .query((rs, n) -> String.join(
                                "|",
                                rs.getString(1),
                                rs.getString(2),
                                String.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5),
                                String.valueOf(rs.getString(6))))
                        .list())
                .containsExactlyInAnyOrder(
                        key(completer) + "|" + episode(episodes.get(0).get(0)) + "|" + ods
                                + "|PRIMARY_CARE|PSYCHOSOCIAL|80",
                        key(completer) + "|" + episode(episodes.get(0).get(0)) + "|" + ods
                                + "|PRIMARY_CARE|RECOVERY_SUPPORT|80",
                        key(staying) + "|" + episode(episodes.get(1).get(0)) + "|" + ods
                                + "|PRIMARY_CARE|PHARMACOLOGICAL|null",
                        key(staying) + "|" + episode(episodes.get(1).get(0)) + "|null|COMMUNITY|PSYCHOSOCIAL|null");

        EvidenceOptions atPractice = EvidenceOptions.defaults().atPractices(Set.of(ods));
        ActivityEvidence year = reader.read(march.id(), YearMonth.of(2016, 4), YearMonth.of(2017, 3), atPractice);
        assertThat(year.clientMonths())
                .extracting(ClientMonths::clients)
                .containsExactly(1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1);
        assertThat(year.outcomes())
                .extracting(OutcomeEvent::stage, OutcomeEvent::clientKey, OutcomeEvent::evidenceComplete)
                .containsExactly(
                        tuple(OutcomeStage.COMPLETION, key(completer), LocalDate.of(2016, 8, 31)),
                        tuple(OutcomeStage.SUSTAINED_EXIT, key(completer), LocalDate.of(2017, 3, 1)));

        ActivityEvidence early = reader.read(june.id(), YearMonth.of(2016, 4), YearMonth.of(2016, 9), atPractice);
        assertThat(early.clientMonths()).extracting(ClientMonths::clients).containsExactly(1, 2, 2, 2, 2, 2);
        assertThat(early.outcomes()).isEmpty();
    }

    private String key(UUID client) {
        return keys.clientKey(client.toString());
    }

    private String episode(UUID episode) {
        return keys.episodeKey(episode.toString());
    }

    private long rows(UUID snapshot) {
        return jdbc.sql("select count(*) from contract_evidence_intervention where snapshot_id = :id")
                .param("id", snapshot)
                .query(Long.class)
                .single();
    }

    private UUID organisation(OrganisationType type, @Nullable String ods) {
        return currentUsers.actingAs(
                admin,
                () -> directory.registerOrganisation(OrganisationBuilder.a(type)
                        .ods(ods)
                        .listSize(ods == null ? null : 4000)
                        .activeFrom(LocalDate.of(2015, 4, 1))
                        .build()));
    }

    private static ImportedEpisode episode(
            UUID provider,
            String triaged,
            @Nullable String discharged,
            @Nullable String reason,
            ImportedEpisode.Intervention... interventions) {
        return new ImportedEpisode(
                provider,
                null,
                LocalDate.parse(triaged),
                LocalDate.parse(triaged),
                LocalDate.parse(triaged),
                List.of("ALCOHOL"),
                null,
                null,
                discharged == null ? null : LocalDate.parse(discharged),
                reason,
                List.of(interventions));
    }

    private static ImportedEpisode.Intervention intervention(
            String type, String setting, UUID by, String started, @Nullable String ended) {
        return new ImportedEpisode.Intervention(
                type,
                setting,
                by,
                LocalDate.parse(started),
                null,
                LocalDate.parse(started),
                ended == null ? null : LocalDate.parse(ended),
                ended == null ? null : "A",
                List.of());
    }
}
