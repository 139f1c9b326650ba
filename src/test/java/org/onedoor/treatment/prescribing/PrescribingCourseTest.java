package org.onedoor.treatment.prescribing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.partnership.OrganisationId;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.treatment.EpisodeId;

/** The rules of a prescribing course, with no database: what Prescribing.start and the changes used to check. */
class PrescribingCourseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate TRIAGED = LocalDate.of(2026, 11, 1);
    private static final Medicines.Medicine METHADONE =
            new Medicines.Medicine("METHADONE", "Methadone", new BigDecimal("1"), new BigDecimal("150"));
    private static final OrganisationSummary PRACTICE = organisation(OrganisationType.GP_PRACTICE);

    @Test
    void startsACourseAndTidiesWhatWasTyped() {
        NewCourse started = PrescribingCourse.start(aCourse(" fa123 ", TODAY.minusDays(3)), facts(true));
        assertThat(started.pharmacyCode()).isEqualTo("FA123");
        assertThat(started.pharmacyName()).isEqualTo("Boots");
        assertThat(started.prescriberName()).isEqualTo("Dr Shah");
        assertThat(started.medicine()).isEqualTo("METHADONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RX1", "FA123", "C81010", "ABCDEFGH"})
    void acceptsAPharmacyCodeOfAnyOdsShape(String code) {
        assertThat(PrescribingCourse.start(aCourse(code, TODAY), facts(true)).pharmacyCode())
                .isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "ABCDEFGHI", "FA-123", "FA 123"})
    void refusesAPharmacyCodeThatIsNotAnOdsCode(String code) {
        assertThat(codes(() -> PrescribingCourse.start(aCourse(code, TODAY), facts(true))))
                .containsExactly("UNKNOWN_CODE");
    }

    @Test
    void refusesAStartBeforeTriageOnAClosedEpisodeAndASecondActiveCourseTogether() {
        NewCourse early = aCourse(null, TRIAGED.minusDays(1));
        assertThat(codes(() -> PrescribingCourse.start(
                        early, new PrescribingCourse.Facts(false, TRIAGED, METHADONE, PRACTICE, true, true, TODAY))))
                .containsExactly("START_BEFORE_EPISODE", "EPISODE_CLOSED", "SECOND_ACTIVE_COURSE");
    }

    @Test
    void refusesADoseOutsideTheMedicinesBoundsAndAStartInTheFuture() {
        NewCourse typed = new NewCourse(
                new EpisodeId(UUID.randomUUID()),
                null,
                "METHADONE",
                null,
                new BigDecimal("200"),
                Instalment.DAILY,
                false,
                null,
                "Boots",
                null,
                null,
                PrescriberKind.GP_PRACTICE,
                new OrganisationId(PRACTICE.id()),
                "Dr Shah",
                TODAY.plusDays(1),
                null);
        assertThatThrownBy(() -> PrescribingCourse.start(typed, facts(true)))
                .isInstanceOf(FieldProblems.class)
                .hasFieldOrPropertyWithValue("code", "PRESCRIBING_INVALID")
                .hasMessageContaining("2 problems");
        assertThat(codes(() -> PrescribingCourse.start(typed, facts(true))))
                .containsExactly("DOSE_OUT_OF_BOUNDS", "DATE_IN_FUTURE");
    }

    @Test
    void aSharedCarePrescriberMustBeAPracticeAndASpecialistAProvider() {
        NewCourse typed = aCourse(null, TODAY);
        PrescribingCourse.Facts venue = new PrescribingCourse.Facts(
                true, TRIAGED, METHADONE, organisation(OrganisationType.VENUE), true, false, TODAY);
        assertThat(codes(() -> PrescribingCourse.start(typed, venue))).containsExactly("WRONG_PRESCRIBER");
        NewCourse specialist = new NewCourse(
                typed.episodeId(),
                null,
                "METHADONE",
                null,
                BigDecimal.TEN,
                Instalment.DAILY,
                false,
                null,
                "Boots",
                null,
                null,
                PrescriberKind.SPECIALIST,
                new OrganisationId(UUID.randomUUID()),
                "Dr Shah",
                TODAY,
                null);
        assertThat(codes(() -> PrescribingCourse.start(specialist, facts(true))))
                .containsExactly("WRONG_PRESCRIBER");
    }

    @Test
    void aChangeMustFallWithinTheCourseAndAStopAfterItsLastChange() {
        Course course = new Course(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "METHADONE",
                BigDecimal.TEN,
                Instalment.DAILY,
                false,
                null,
                TRIAGED,
                TRIAGED.plusDays(10),
                null,
                null,
                1);
        PrescribingCourse aggregate = new PrescribingCourse(course);
        assertThat(codes(() ->
                        aggregate.changeDose(TRIAGED.minusDays(1), BigDecimal.ONE, "titration", METHADONE, TODAY)))
                .containsExactly("BEFORE_START");
        assertThat(codes(() -> aggregate.stop(TRIAGED.plusDays(5), "completed", TODAY)))
                .containsExactly("BEFORE_START");
        Course titrated =
                aggregate.changeDose(TRIAGED.plusDays(20), new BigDecimal("40"), "titration", METHADONE, TODAY);
        assertThat(titrated.doseMg()).isEqualByComparingTo("40");
        assertThat(titrated.lastChangedOn()).isEqualTo(TRIAGED.plusDays(20));
        Course stopped = new PrescribingCourse(titrated).stop(TRIAGED.plusDays(25), "completed", TODAY);
        assertThat(stopped.active()).isFalse();
        assertThat(codes(() -> new PrescribingCourse(stopped).stop(TODAY, "again", TODAY)))
                .containsExactly("ALREADY_STOPPED");
    }

    @Test
    void supervisionNeedsOneToSevenDaysAndANextReviewAfterTheReview() {
        Course course = new Course(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "METHADONE",
                BigDecimal.TEN,
                Instalment.DAILY,
                false,
                null,
                TRIAGED,
                TRIAGED,
                null,
                null,
                1);
        PrescribingCourse aggregate = new PrescribingCourse(course);
        assertThat(codes(() -> aggregate.changeSupervision(TODAY, null, true, 8, "unstable", TODAY)))
                .containsExactly("SUPERVISED_DAYS");
        assertThat(aggregate
                        .changeSupervision(TODAY, Instalment.WEEKLY, false, 3, "stable", TODAY)
                        .supervisedDays())
                .isNull();
        assertThat(codes(() -> aggregate.review(new CourseReview(TODAY, "Dr Shah", "Continue", TODAY), TODAY)))
                .containsExactly("REVIEW_ORDER");
    }

    @Test
    void refusesNamesAndReasonsLongerThanTheRecordKeeps() {
        NewCourse typed = new NewCourse(
                new EpisodeId(UUID.randomUUID()),
                null,
                "METHADONE",
                "m".repeat(201),
                BigDecimal.TEN,
                Instalment.DAILY,
                false,
                null,
                "p".repeat(201),
                null,
                null,
                PrescriberKind.GP_PRACTICE,
                new OrganisationId(PRACTICE.id()),
                "d".repeat(161),
                TODAY,
                null);
        assertThat(codes(() -> PrescribingCourse.start(typed, facts(true))))
                .containsExactly("TOO_LONG", "TOO_LONG", "TOO_LONG");
        Course course = new Course(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "METHADONE",
                BigDecimal.TEN,
                Instalment.DAILY,
                false,
                null,
                TRIAGED,
                TRIAGED,
                null,
                null,
                1);
        assertThat(codes(() -> new PrescribingCourse(course).stop(TODAY, "r".repeat(501), TODAY)))
                .containsExactly("TOO_LONG");
        assertThat(codes(() -> new PrescribingCourse(course)
                        .review(new CourseReview(TODAY, "d".repeat(161), "o".repeat(1001), null), TODAY)))
                .containsExactly("TOO_LONG", "TOO_LONG");
    }

    private static NewCourse aCourse(String pharmacyCode, LocalDate startedOn) {
        return new NewCourse(
                new EpisodeId(UUID.randomUUID()),
                null,
                "METHADONE",
                null,
                new BigDecimal("30"),
                Instalment.DAILY,
                true,
                6,
                " Boots ",
                pharmacyCode,
                null,
                PrescriberKind.GP_PRACTICE,
                new OrganisationId(PRACTICE.id()),
                " Dr Shah ",
                startedOn,
                null);
    }

    private static PrescribingCourse.Facts facts(boolean open) {
        return new PrescribingCourse.Facts(open, TRIAGED, METHADONE, PRACTICE, true, false, TODAY);
    }

    private static OrganisationSummary organisation(OrganisationType type) {
        return new OrganisationSummary(
                UUID.randomUUID(),
                type,
                "Some " + type.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2020, 1, 1),
                null,
                1);
    }

    private static java.util.List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (DomainRuleViolation violation) {
            return violation.problems().stream()
                    .map(DomainRuleViolation.FieldProblem::code)
                    .toList();
        }
        throw new AssertionError("No problems were found");
    }
}
