package org.onedoor.assessment.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.assessment.OutcomeFixtures.phq9;
import static org.onedoor.assessment.OutcomeFixtures.unique;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onedoor.assessment.NewOutcome;
import org.onedoor.assessment.OutcomeEpisodes;
import org.onedoor.assessment.OutcomeFixtures;
import org.onedoor.assessment.OutcomeRecording;
import org.onedoor.assessment.Recorded;
import org.onedoor.assessment.ReportingSubstanceGroup;
import org.onedoor.assessment.instrument.AnswerCheckTest;
import org.onedoor.client.ClientId;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.security.Role;
import org.onedoor.testsupport.Actors;
import org.onedoor.testsupport.IntegrationTest;
import org.onedoor.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** report_outcome and the cohort measures over it, on the test database (H2, or PostgreSQL with -Ppostgres). */
@IntegrationTest
class CohortOutcomesIntegrationTest {

    @Autowired
    OutcomeRecording recording;

    @Autowired
    OutcomeEpisodes episodes;

    @Autowired
    CohortOutcomes cohorts;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    CurrentUsers currentUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    @Test
    void reportOutcomeHoldsFinalRecordsWithTheirMeasuresAndToldHepatitisCTests() {
        CurrentUser worker = fixtures.worker();
        UUID client = fixtures.client(worker, unique("View"));
        LocalDate today = LocalDate.now(clock);
        Recorded top = as(
                worker,
                () -> recording.record(
                        client,
                        new NewOutcome("top", null, "START", today.minusDays(3), null, top(3, 2, "Y", 0), false)));
        Recorded wrong = as(
                worker,
                () -> recording.record(
                        client, new NewOutcome("phq9", null, "START", today.minusDays(3), null, phq9(12, 0), false)));
        as(worker, () -> {
            recording.voidRecord(client, wrong.id(), "Entered in error");
            return null;
        });
        as(worker, () -> recording.record(client, new NewOutcome("phq9", null, null, null, null, Map.of(), true)));
        episodes.testedForBloodBorneVirus(
                UUID.randomUUID(),
                new ClientId(client),
                null,
                new OrganisationId(worker.organisationId()),
                "HEPATITIS_C",
                today.minusDays(1),
                false);
        episodes.testedForBloodBorneVirus(
                UUID.randomUUID(),
                new ClientId(client),
                null,
                new OrganisationId(worker.organisationId()),
                "HEPATITIS_C",
                today.minusDays(2),
                true);

        List<Map<String, Object>> rows = jdbc.sql("""
                select instrument, stage, main_days, injecting_days, acute_housing, paid_work_days, hep_c_tested_on
                  from report_outcome where client_key = ? order by instrument
                """).param(client).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("INSTRUMENT", "hepatitis-c-test");
        assertThat(rows.get(1).get("INSTRUMENT")).isEqualTo("top");
        assertThat(rows.get(1).get("STAGE")).isEqualTo("START");
        assertThat((BigDecimal) rows.get(1).get("MAIN_DAYS")).isEqualByComparingTo("12");
        assertThat((BigDecimal) rows.get(1).get("INJECTING_DAYS")).isEqualByComparingTo("8");
        assertThat(rows.get(1).get("ACUTE_HOUSING")).isEqualTo("Y");
        assertThat(top.id()).isNotNull();
    }

    @Test
    void cohortMeasuresPairEachStartWithItsNearestSixMonthReview() {
        CurrentUser worker = fixtures.worker();
        LocalDate start = LocalDate.now(clock).minusWeeks(30);
        LocalDate sixMonths = start.plusWeeks(26);

        UUID improved = fixtures.client(worker, unique("Improved"));
        UUID episode = UUID.randomUUID();
        record(worker, improved, "top", "START", start, episode, top(3, 1, "Y", 0));
        record(worker, improved, "top", "REVIEW", start.plusWeeks(20), episode, top(3, 1, "Y", 0));
        record(worker, improved, "top", "REVIEW", sixMonths.plusDays(3), episode, top(0, 0, "N", 2));
        record(worker, improved, "phq9", "START", start, episode, phq9(10, 0));
        record(worker, improved, "phq9", "REVIEW", sixMonths, episode, phq9(4, 0));

        UUID reduced = fixtures.client(worker, unique("Reduced"));
        UUID second = UUID.randomUUID();
        record(worker, reduced, "top", "START", start, second, top(2, 0, "N", 1));
        record(worker, reduced, "top", "REVIEW", sixMonths.minusWeeks(6), second, top(1, 0, "N", 1));
        record(worker, reduced, "phq9", "START", start, second, phq9(10, 0));
        record(worker, reduced, "phq9", "REVIEW", sixMonths, second, phq9(5, 0));

        UUID outside = fixtures.client(worker, unique("Outside"));
        UUID third = UUID.randomUUID();
        record(worker, outside, "top", "START", start, third, top(2, 2, "Y", 0));
        record(worker, outside, "top", "REVIEW", sixMonths.minusWeeks(6).minusDays(1), third, top(0, 0, "N", 1));
        record(worker, outside, "phq9", "START", start, third, phq9(9, 0));
        record(worker, outside, "phq9", "REVIEW", sixMonths, third, phq9(0, 0));

        CurrentUser manager = new CurrentUser(
                UUID.randomUUID(), "cohort-manager", "Manager", worker.organisationId(), Set.of(Role.TEAM_MANAGER));
        List<CohortRow> rows = as(manager, () -> cohorts.between(start, LocalDate.now(clock), worker.organisationId()));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo(worker.organisationId().toString());
            Map<OutcomeMeasure, int[]> counts = new HashMap<>();
            row.measures().forEach(m -> counts.put(m.measure(), new int[] {m.denominator(), m.numerator()}));
            assertThat(counts.get(OutcomeMeasure.ABSTINENCE)).containsExactly(2, 1);
            assertThat(counts.get(OutcomeMeasure.REDUCED_USE)).containsExactly(2, 2);
            assertThat(counts.get(OutcomeMeasure.STOPPED_INJECTING)).containsExactly(1, 1);
            assertThat(counts.get(OutcomeMeasure.HOUSING_RESOLVED)).containsExactly(1, 1);
            assertThat(counts.get(OutcomeMeasure.IN_PAID_WORK)).containsExactly(1, 1);
            assertThat(counts.get(OutcomeMeasure.PHQ9_RELIABLE_IMPROVEMENT)).containsExactly(2, 1);
            assertThat(counts.get(OutcomeMeasure.GAD7_RELIABLE_IMPROVEMENT)).containsExactly(0, 0);
            assertThat(row.measures()).filteredOn(m -> m.denominator() > 0).allMatch(MeasureCount::suppressed);
        });
        assertThat(as(manager, () -> cohorts.between(start, sixMonths.minusWeeks(7), worker.organisationId())))
                .isEmpty();
        assertThatThrownBy(() -> as(worker, () -> cohorts.between(start, sixMonths, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersSeeTheCohortPageAndJsonWithSmallNumbersSuppressedAndBadDatesAtTheirField() throws Exception {
        CurrentUser worker = fixtures.worker();
        LocalDate start = LocalDate.now(clock).minusWeeks(28);
        UUID client = fixtures.client(worker, unique("Page"));
        UUID episode = UUID.randomUUID();
        record(worker, client, "phq9", "START", start, episode, phq9(15, 0));
        record(worker, client, "phq9", "REVIEW", start.plusWeeks(26), episode, phq9(3, 0));
        CurrentUser commissioner = new CurrentUser(
                UUID.randomUUID(),
                "cohort-commissioner",
                "Commissioner",
                worker.organisationId(),
                Set.of(Role.COMMISSIONER));
        String query = "?from=" + start + "&organisation=" + worker.organisationId();

        MockHttpServletResponse page = get("/outcomes/cohorts" + query, commissioner);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Cohort outcomes")
                .contains("Reliable improvement on PHQ-9")
                .contains("Fewer than 5")
                .contains("Not shown");
        MockHttpServletResponse json = get("/outcomes/cohorts.json" + query, commissioner);
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString())
                .contains("\"measure\":\"PHQ9_RELIABLE_IMPROVEMENT\"")
                .contains("\"suppressed\":true")
                .contains("\"numerator\":null")
                .contains(worker.organisationId().toString());

        MockHttpServletResponse bad = get("/outcomes/cohorts?from=2026-13-01&to=2026-01-01", commissioner);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
                .contains("There is a problem")
                .contains("href=\"#from\"")
                .contains("The start of the period must be a real date")
                .doesNotContain("Exception");
        assertThat(get("/outcomes/cohorts.json?from=2026-04-02&to=2026-04-01", commissioner)
                        .getStatus())
                .isEqualTo(400);
        assertThat(get("/outcomes/cohorts", worker).getStatus()).isEqualTo(403);
    }

    @Test
    void cohortsBreakDownAndFilterByTheToldPartnerAndSubstanceGroup() throws Exception {
        CurrentUser worker = fixtures.worker();
        LocalDate start = LocalDate.now(clock).minusWeeks(30);
        UUID otherPartner = UUID.randomUUID();
        UUID opiate = UUID.randomUUID();
        UUID alcohol = UUID.randomUUID();
        for (int n = 0; n < 5; n++) {
            UUID client = fixtures.client(worker, unique("Opiate"));
            UUID episode = UUID.randomUUID();
            episodes.tellAll(List.of(new OutcomeEpisodes.Told(
                    episode,
                    new ClientId(client),
                    start,
                    OutcomeEpisodes.DRUG,
                    1,
                    null,
                    worker.organisationId(),
                    ReportingSubstanceGroup.OPIATE)));
            record(worker, client, "top", "START", start, episode, top(3, 1, "Y", 0));
            record(worker, client, "top", "REVIEW", start.plusWeeks(26), episode, top(n < 3 ? 0 : 2, 0, "N", 0));
        }
        UUID drinker = fixtures.client(worker, unique("Alcohol"));
        UUID drinking = UUID.randomUUID();
        episodes.tellAll(List.of(new OutcomeEpisodes.Told(
                drinking,
                new ClientId(drinker),
                start,
                OutcomeEpisodes.DRUG,
                1,
                null,
                otherPartner,
                ReportingSubstanceGroup.NON_OPIATE_AND_ALCOHOL)));
        record(worker, drinker, "top", "START", start, drinking, top(3, 0, "N", 0));
        record(worker, drinker, "top", "REVIEW", start.plusWeeks(25), drinking, top(0, 0, "N", 0));
        UUID untold = fixtures.client(worker, unique("Untold"));
        record(worker, untold, "phq9", "START", start, null, phq9(12, 0));
        record(worker, untold, "phq9", "REVIEW", start.plusWeeks(27), null, phq9(2, 0));
        CurrentUser manager = new CurrentUser(
                UUID.randomUUID(), "cohort-manager", "Manager", worker.organisationId(), Set.of(Role.TEAM_MANAGER));
        LocalDate today = LocalDate.now(clock);
        UUID own = worker.organisationId();

        List<CohortRow> byPartner = as(
                manager, () -> cohorts.count(new CohortFilter(start, today, own, null, null, CohortBreakdown.PARTNER)));
        assertThat(byPartner).extracting(CohortRow::key).containsExactly(own.toString(), otherPartner.toString(), "");
        assertThat(byPartner.get(2).label()).isEqualTo("Partner not known");
        assertThat(counts(byPartner.get(0)).get(OutcomeMeasure.ABSTINENCE)).containsExactly(5, 3);
        assertThat(counts(byPartner.get(1)).get(OutcomeMeasure.ABSTINENCE)).containsExactly(1, 1);
        assertThat(counts(byPartner.get(2)).get(OutcomeMeasure.PHQ9_RELIABLE_IMPROVEMENT))
                .containsExactly(1, 1);

        List<CohortRow> byGroup = as(
                manager,
                () -> cohorts.count(new CohortFilter(start, today, own, null, null, CohortBreakdown.SUBSTANCE_GROUP)));
        assertThat(byGroup)
                .extracting(CohortRow::label)
                .containsExactly("Opiate", "Non-opiate and alcohol", "Substance group not known");

        List<CohortRow> opiateOnly = as(
                manager,
                () -> cohorts.count(new CohortFilter(
                        start, today, own, null, ReportingSubstanceGroup.OPIATE, CohortBreakdown.ORGANISATION)));
        assertThat(opiateOnly).singleElement().satisfies(row -> {
            assertThat(counts(row).get(OutcomeMeasure.ABSTINENCE)).containsExactly(5, 3);
            assertThat(counts(row).get(OutcomeMeasure.PHQ9_RELIABLE_IMPROVEMENT))
                    .containsExactly(0, 0);
        });
        assertThat(as(
                        manager,
                        () -> cohorts.count(
                                new CohortFilter(start, today, own, otherPartner, null, CohortBreakdown.ORGANISATION))))
                .singleElement()
                .satisfies(row ->
                        assertThat(counts(row).get(OutcomeMeasure.ABSTINENCE)).containsExactly(1, 1));
        assertThat(as(manager, () -> cohorts.choices(CohortBreakdown.PARTNER)))
                .extracting(CohortChoice::id)
                .contains(own)
                .doesNotContain(otherPartner);

        String query = "?from=" + start + "&organisation=" + own;
        MockHttpServletResponse page = get("/outcomes/cohorts" + query + "&by=SUBSTANCE_GROUP", manager);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("Non-opiate and alcohol")
                .contains("Substance group not known")
                .contains("<option value=\"OPIATE\">Opiate</option>");
        MockHttpServletResponse json =
                get("/outcomes/cohorts.json" + query + "&substanceGroup=OPIATE&by=PARTNER", manager);
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString())
                .contains("\"by\":\"PARTNER\"")
                .contains("\"key\":\"" + own + "\"")
                .contains("\"denominator\":5")
                .doesNotContain(otherPartner.toString());
        MockHttpServletResponse bad = get("/outcomes/cohorts" + query + "&substanceGroup=CAKE&by=TEAM", manager);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
                .contains("Choose a substance group from the list")
                .contains("Choose how to break the cohorts down")
                .contains("href=\"#substanceGroup\"");
        assertThat(get("/outcomes/cohorts.json" + query + "&partner=nobody", manager)
                        .getContentAsString())
                .contains("Choose a partner from the list");
    }

    private static Map<OutcomeMeasure, int[]> counts(CohortRow row) {
        Map<OutcomeMeasure, int[]> counts = new HashMap<>();
        row.measures().forEach(m -> counts.put(m.measure(), new int[] {m.denominator(), m.numerator()}));
        return counts;
    }

    private MockHttpServletResponse get(String url, CurrentUser user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(Actors.as(user)))
                .andReturn()
                .getResponse();
    }

    /** TOP answers: opiates and injecting days a week, acute housing problem, paid work days a week. */
    static Map<String, String> top(int opiatesAWeek, int injectingAWeek, String housing, int workAWeek) {
        Map<String, String> answers = AnswerCheckTest.top();
        for (int week = 1; week <= 4; week++) {
            answers.put("cannabis.week" + week, "0");
            answers.put("opiates.week" + week, String.valueOf(opiatesAWeek));
            answers.put("injecting.week" + week, String.valueOf(injectingAWeek));
            answers.put("paid_work.week" + week, String.valueOf(workAWeek));
        }
        answers.put("acute_housing", housing);
        return answers;
    }

    private void record(
            CurrentUser worker,
            UUID client,
            String instrument,
            String stage,
            LocalDate on,
            @Nullable UUID episode,
            Map<String, String> answers) {
        as(
                worker,
                () -> recording.record(client, new NewOutcome(instrument, null, stage, on, episode, answers, false)));
    }

    private <T> T as(CurrentUser user, Supplier<T> work) {
        return currentUsers.actingAs(user, work);
    }
}
