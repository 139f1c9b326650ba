package org.onedoor.treatment.groupwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DomainRuleViolation;

/** The scheduling rules of a group programme's sessions, with no database. */
class GroupProgrammeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final OrganisationSummary VENUE = venue(OrganisationType.VENUE, LocalDate.of(2020, 1, 1), null);
    private static final GroupProgramme.Facilitator ME = new GroupProgramme.Facilitator(null, "worker", "A Worker");

    @Test
    void schedulesASessionWithRoomForEveryoneEnrolled() {
        GroupProgramme programme = new GroupProgramme(UUID.randomUUID(), 8);
        GroupProgramme.ScheduledSession session =
                programme.schedule(aSession(NOW.plusDays(7), 90, 8, false), VENUE, ME, NOW);
        assertThat(session.capacity()).isEqualTo(8);
        assertThat(session.venueId()).isEqualTo(VENUE.id());
        assertThat(session.facilitator()).isEqualTo(ME);
    }

    @Test
    void refusesASessionSmallerThanTheEnrolment() {
        GroupProgramme programme = new GroupProgramme(UUID.randomUUID(), 9);
        assertThat(codes(programme, aSession(NOW.plusDays(7), 90, 8, false), VENUE, ME))
                .containsExactly("CAPACITY_BELOW_ENROLMENT");
    }

    @Test
    void aPastSessionOnlyWhenRecordingHistoryAndWithinThreeYears() {
        GroupProgramme programme = new GroupProgramme(UUID.randomUUID(), 0);
        assertThat(codes(programme, aSession(NOW.minusDays(1), 90, 8, false), VENUE, ME))
                .containsExactly("DATE_IN_PAST");
        assertThat(programme
                        .schedule(aSession(NOW.minusDays(1), 90, 8, true), VENUE, ME, NOW)
                        .startsAt())
                .isEqualTo(NOW.minusDays(1));
        assertThat(codes(programme, aSession(NOW.minusYears(3).minusDays(1), 90, 8, true), VENUE, ME))
                .containsExactly("DATE_TOO_EARLY");
        assertThat(codes(programme, aSession(NOW.plusYears(2).plusDays(1), 90, 8, false), VENUE, ME))
                .containsExactly("DATE_TOO_LATE");
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        GroupProgramme programme = new GroupProgramme(UUID.randomUUID(), 0);
        assertThat(codes(programme, new NewSession(null, 4, 201, null, UUID.randomUUID(), false), null, null))
                .containsExactly("REQUIRED", "OUT_OF_RANGE", "OUT_OF_RANGE", "REQUIRED", "UNKNOWN_STAFF");
    }

    @Test
    void meetsOnlyAtAPracticeOrVenueOpenOnTheDay() {
        GroupProgramme programme = new GroupProgramme(UUID.randomUUID(), 0);
        assertThat(codes(
                        programme,
                        aSession(NOW.plusDays(7), 90, 8, false),
                        venue(OrganisationType.LEAD_PROVIDER, LocalDate.of(2020, 1, 1), null),
                        ME))
                .containsExactly("NOT_A_VENUE");
        assertThat(codes(
                        programme,
                        aSession(NOW.plusDays(7), 90, 8, false),
                        venue(OrganisationType.GP_PRACTICE, LocalDate.of(2020, 1, 1), NOW.toLocalDate()),
                        ME))
                .containsExactly("VENUE_NOT_ACTIVE");
    }

    @Test
    void enrolsAClientOnceAndOnlyWhileTheSmallestComingSessionHasAPlace() {
        GroupProgramme programme = new GroupProgramme(UUID.randomUUID(), 7);
        programme.enrol("Relapse prevention", false, new GroupProgramme.ComingSession(NOW.plusDays(7), 8));
        programme.enrol("Relapse prevention", false, null);
        assertThatThrownBy(() -> programme.enrol("Relapse prevention", true, null))
                .hasMessage("This client is already enrolled in Relapse prevention");
        assertThatThrownBy(() -> programme.enrol(
                        "Relapse prevention", false, new GroupProgramme.ComingSession(NOW.plusDays(7), 7)))
                .hasMessageStartingWith("This session is full: 7 of 7 places taken");
    }

    private static NewSession aSession(LocalDateTime startsAt, int minutes, int capacity, boolean history) {
        return new NewSession(startsAt, minutes, capacity, VENUE.id(), null, history);
    }

    private static List<String> codes(
            GroupProgramme programme,
            NewSession session,
            OrganisationSummary venue,
            GroupProgramme.Facilitator facilitator) {
        try {
            programme.schedule(session, venue, facilitator, NOW);
        } catch (DomainRuleViolation violation) {
            return violation.problems().stream()
                    .map(DomainRuleViolation.FieldProblem::code)
                    .toList();
        }
        throw new AssertionError("No problems were found");
    }

    private static OrganisationSummary venue(OrganisationType type, LocalDate from, LocalDate to) {
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
                from,
                to,
                1);
    }
}
