package org.onedoor.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.onedoor.treatment.careplan.CarePlanImport;
import org.onedoor.treatment.careplan.GoalStatus;
import org.onedoor.treatment.family.FamilyImport;
import org.onedoor.treatment.family.SessionKind;
import org.onedoor.treatment.harmreduction.HarmReductionImport;
import org.onedoor.treatment.harmreduction.HarmReductionTypes;
import org.onedoor.treatment.prescribing.CourseReview;
import org.onedoor.treatment.prescribing.Instalment;
import org.onedoor.treatment.prescribing.PrescriberKind;
import org.onedoor.treatment.prescribing.PrescribingImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 item 4: the bulk imports of care plans, prescribing, harm reduction and family support write what they are
 * given, as rows the screens and reports read, with one audit entry per call (they had no tests of their own).
 */
@IntegrationTest
@Import(TreatmentFixtures.class)
class ActivityImportsIntegrationTest {

    @Autowired
    TreatmentFixtures fixtures;

    @Autowired
    CarePlanImport carePlans;

    @Autowired
    PrescribingImport prescribing;

    @Autowired
    HarmReductionImport harmReduction;

    @Autowired
    FamilyImport family;

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
    private UUID provider;
    private UUID client;
    private UUID episode;
    private LocalDate triaged;

    @BeforeEach
    void anEpisode() {
        provider = fixtures.organisation(OrganisationType.LEAD_PROVIDER);
        CurrentUser worker = TreatmentFixtures.worker(provider);
        client = fixtures.client(worker);
        triaged = LocalDate.now(clock).minusDays(120);
        episode = fixtures.episode(worker, client, triaged.minusDays(3), triaged);
    }

    @Test
    void carePlanGoalsKeepTheirReviewsAndAStatusHistoryOnlyWhenTheStatusChanges() {
        long audits = audits();
        int written = currentUsers.actingAs(
                admin,
                () -> carePlans.importGoals(List.of(
                        new CarePlanImport.ImportedGoal(
                                episode,
                                client,
                                "SUBSTANCE_USE",
                                "Cut down",
                                triaged,
                                triaged.plusDays(90),
                                triaged.plusDays(30),
                                List.of(
                                        new CarePlanImport.ImportedReview(
                                                triaged.plusDays(10),
                                                "Started",
                                                GoalStatus.IN_PROGRESS,
                                                triaged.plusDays(30)),
                                        new CarePlanImport.ImportedReview(
                                                triaged.plusDays(30),
                                                "Still going",
                                                GoalStatus.IN_PROGRESS,
                                                triaged.plusDays(60)),
                                        new CarePlanImport.ImportedReview(
                                                triaged.plusDays(60), "Done", GoalStatus.ACHIEVED, null))),
                        new CarePlanImport.ImportedGoal(
                                episode,
                                client,
                                "HOUSING",
                                "Find a flat",
                                triaged,
                                triaged.plusDays(90),
                                triaged.plusDays(30),
                                List.of()))));

        assertThat(written).isEqualTo(2);
        assertThat(jdbc.sql("select status from treatment_care_plan_goal where episode_id = ? order by domain")
                        .param(episode)
                        .query(String.class)
                        .list())
                .containsExactly("NOT_STARTED", "ACHIEVED");
        assertThat(count("""
                select count(*) from treatment_goal_review r join treatment_care_plan_goal g on g.id = r.goal_id
                 where g.episode_id = ?""")).isEqualTo(3);
        assertThat(jdbc.sql("""
                select h.status from treatment_goal_status_history h join treatment_care_plan_goal g on g.id = h.goal_id
                 where g.episode_id = ? and g.domain = 'SUBSTANCE_USE' order by h.changed_on""").param(episode).query(String.class).list())
                .containsExactly("NOT_STARTED", "IN_PROGRESS", "ACHIEVED");
        assertThat(audits() - audits).isEqualTo(1);
        assertThat(currentUsers.actingAs(admin, () -> carePlans.importGoals(List.of())))
                .isZero();
        assertThat(audits() - audits).isEqualTo(1);
    }

    @Test
    void aPrescribingCourseRowHoldsWhereItsHistoryEnds() {
        long audits = audits();
        int written = currentUsers.actingAs(
                admin,
                () -> prescribing.importCourses(List.of(new PrescribingImport.ImportedCourse(
                        new ClientId(client),
                        new EpisodeId(episode),
                        "METHADONE_ORAL",
                        PrescriberKind.SPECIALIST,
                        new OrganisationId(provider),
                        "Dr Prescriber",
                        "High Street Pharmacy",
                        new PrescribingImport.ImportedChange(
                                "STARTED", triaged.plusDays(2), new BigDecimal("30"), Instalment.DAILY, true, 7, null),
                        List.of(
                                new PrescribingImport.ImportedChange(
                                        "DOSE",
                                        triaged.plusDays(9),
                                        new BigDecimal("40"),
                                        null,
                                        null,
                                        null,
                                        "Cravings"),
                                new PrescribingImport.ImportedChange(
                                        "SUPERVISION",
                                        triaged.plusDays(20),
                                        null,
                                        Instalment.WEEKLY,
                                        false,
                                        null,
                                        "Stable"),
                                new PrescribingImport.ImportedChange(
                                        "STOPPED", triaged.plusDays(40), null, null, null, null, "Completed")),
                        List.of(new CourseReview(
                                triaged.plusDays(16), "Dr Prescriber", "Stable", triaged.plusDays(60)))))));

        assertThat(written).isEqualTo(1);
        Map<String, Object> course = jdbc.sql("""
                select dose_mg, instalment, supervised, supervised_days, started_on, last_changed_on, next_review_on,
                       stopped_on, stop_reason from treatment_prescribing_course where episode_id = ?""").param(episode).query().singleRow();
        assertThat(new BigDecimal(value(course, "dose_mg").toString())).isEqualByComparingTo("40");
        assertThat(value(course, "instalment")).isEqualTo("WEEKLY");
        assertThat(value(course, "supervised")).isEqualTo(false);
        assertThat(value(course, "supervised_days")).isNull();
        assertThat(value(course, "started_on").toString())
                .isEqualTo(triaged.plusDays(2).toString());
        assertThat(value(course, "last_changed_on").toString())
                .isEqualTo(triaged.plusDays(40).toString());
        assertThat(value(course, "next_review_on")).isNull();
        assertThat(value(course, "stopped_on").toString())
                .isEqualTo(triaged.plusDays(40).toString());
        assertThat(value(course, "stop_reason")).isEqualTo("Completed");
        assertThat(count("""
                select count(*) from treatment_prescribing_change c join treatment_prescribing_course p
                    on p.id = c.course_id where p.episode_id = ?""")).isEqualTo(4);
        assertThat(count("""
                select count(*) from treatment_prescribing_review r join treatment_prescribing_course p
                    on p.id = r.course_id where p.episode_id = ?""")).isEqualTo(1);
        assertThat(audits() - audits).isEqualTo(1);
    }

    @Test
    void harmReductionWritesVisitsWithTheirItemsNaloxoneAndBloodBorneVirusEntries() {
        assertThatThrownBy(() -> new HarmReductionImport.ImportedVisit(provider, triaged, null, "ab", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An anonymous visit needs a code of 4 to 20 letters and digits");
        long audits = audits();
        int written = currentUsers.actingAs(
                admin,
                () -> harmReduction.importHarmReduction(
                        List.of(
                                new HarmReductionImport.ImportedVisit(
                                        provider,
                                        triaged.plusDays(3),
                                        client,
                                        null,
                                        Map.of("NEEDLE", new HarmReductionTypes.ItemCount(10, 4))),
                                new HarmReductionImport.ImportedVisit(
                                        provider,
                                        triaged.plusDays(4),
                                        null,
                                        "ANON1234",
                                        Map.of(
                                                "NEEDLE",
                                                new HarmReductionTypes.ItemCount(5, 0),
                                                "SYRINGE",
                                                new HarmReductionTypes.ItemCount(5, 5)))),
                        List.of(new HarmReductionImport.ImportedNaloxone(
                                client,
                                provider,
                                triaged.plusDays(3),
                                "NASAL",
                                1,
                                HarmReductionTypes.Recipient.CLIENT,
                                null)),
                        List.of(new HarmReductionImport.ImportedBbv(
                                client,
                                provider,
                                HarmReductionTypes.Virus.HEP_C,
                                HarmReductionTypes.BbvKind.TEST,
                                triaged.plusDays(3),
                                HarmReductionTypes.BbvStatus.DONE,
                                HarmReductionTypes.BbvResult.NEGATIVE,
                                null,
                                false))));

        assertThat(written).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from treatment_nsp_visit where provider_id = ?")
                        .param(provider)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select sum(i.given_out) from treatment_nsp_item i join treatment_nsp_visit v on v.id = i.visit_id
                 where v.provider_id = ?""").param(provider).query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from treatment_naloxone_supply where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select result from treatment_bbv_entry where client_id = ?")
                        .param(client)
                        .query(String.class)
                        .single())
                .isEqualTo("NEGATIVE");
        assertThat(audits() - audits).isEqualTo(1);
    }

    @Test
    void harmReductionRefusesABloodBorneVirusEntryTheRecordingRulesRefuseAndSavesNothing() {
        HarmReductionImport.ImportedBbv good = new HarmReductionImport.ImportedBbv(
                client,
                provider,
                HarmReductionTypes.Virus.HIV,
                HarmReductionTypes.BbvKind.TEST,
                triaged.minusYears(5),
                HarmReductionTypes.BbvStatus.DONE,
                HarmReductionTypes.BbvResult.NEGATIVE,
                null,
                false);
        Map<String, HarmReductionImport.ImportedBbv> refused = Map.of(
                "There is no vaccination for ",
                new HarmReductionImport.ImportedBbv(
                        client,
                        provider,
                        HarmReductionTypes.Virus.HEP_C,
                        HarmReductionTypes.BbvKind.VACCINATION,
                        triaged,
                        HarmReductionTypes.BbvStatus.DONE,
                        null,
                        1,
                        false),
                "Doses and course completion are for vaccinations",
                new HarmReductionImport.ImportedBbv(
                        client,
                        provider,
                        HarmReductionTypes.Virus.HIV,
                        HarmReductionTypes.BbvKind.TEST,
                        triaged,
                        HarmReductionTypes.BbvStatus.DONE,
                        HarmReductionTypes.BbvResult.NEGATIVE,
                        2,
                        false),
                "A result or dose is recorded only when the test or dose was done",
                new HarmReductionImport.ImportedBbv(
                        client,
                        provider,
                        HarmReductionTypes.Virus.HIV,
                        HarmReductionTypes.BbvKind.TEST,
                        triaged,
                        HarmReductionTypes.BbvStatus.REFUSED,
                        HarmReductionTypes.BbvResult.NEGATIVE,
                        null,
                        false));
        refused.forEach((message, bad) -> assertThatThrownBy(() -> currentUsers.actingAs(
                        admin,
                        () -> harmReduction.importHarmReduction(
                                List.of(new HarmReductionImport.ImportedVisit(
                                        provider, triaged, client, null, Map.of())),
                                List.of(),
                                List.of(good, bad))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Imported blood-borne virus entry 1: " + message));
        assertThat(jdbc.sql("select count(*) from treatment_bbv_entry where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from treatment_nsp_visit where provider_id = ?")
                        .param(provider)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(currentUsers.actingAs(
                        admin, () -> harmReduction.importHarmReduction(List.of(), List.of(), List.of(good))))
                .as("history older than a worker may enter is kept")
                .isEqualTo(1);
    }

    @Test
    void familySupportWritesConcernedOthersWithTheirSessions() {
        long audits = audits();
        int written = currentUsers.actingAs(
                admin,
                () -> family.importConcernedOthers(List.of(new FamilyImport.ImportedConcernedOther(
                        provider,
                        "Pat",
                        "Carer",
                        "Mother",
                        "01632 960111",
                        true,
                        false,
                        triaged,
                        client,
                        List.of(
                                new FamilyImport.ImportedSession(
                                        triaged.plusDays(4), "Family Worker", null, SessionKind.ONE_TO_ONE, "Worried"),
                                new FamilyImport.ImportedSession(
                                        triaged.plusDays(11), "Family Worker", null, SessionKind.TELEPHONE, null))))));

        assertThat(written).isEqualTo(1);
        assertThat(jdbc.sql("select consents_to_share from treatment_concerned_other where client_id = ?")
                        .param(client)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(count("""
                select count(*) from treatment_family_session s join treatment_concerned_other o
                    on o.id = s.concerned_other_id where o.client_id = ?""")).isEqualTo(2);
        assertThat(audits() - audits).isEqualTo(1);
        assertThat(currentUsers.actingAs(admin, () -> family.importConcernedOthers(List.of())))
                .isZero();
        assertThat(audits() - audits).isEqualTo(1);
    }

    private long count(String sql) {
        Object key = sql.contains("client_id = ?") ? client : episode;
        return jdbc.sql(sql).param(key).query(Long.class).single();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_access_log where username = ?")
                .param(admin.username())
                .query(Long.class)
                .single();
    }
}
