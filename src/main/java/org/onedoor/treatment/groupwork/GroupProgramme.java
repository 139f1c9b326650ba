package org.onedoor.treatment.groupwork;

import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DisplayDate;

/**
 * A group programme as its sessions are scheduled, the aggregate the scheduling rules live on (ADR 0007): a session
 * starts within the next 2 years (or, when a past session is being recorded, within the last 3), lasts 5 to 600
 * minutes, has a place for everyone enrolled (1 to 200 places), meets at a GP practice or community venue open on
 * the day, and is led by a staff member from the directory or by the person recording it. A client is enrolled once,
 * while the smallest session to come has a place. A session from history may be older than 3 years.
 *
 * @param enrolled how many clients are enrolled in the programme
 */
record GroupProgramme(UUID id, int enrolled) {

    /** The session, checked; throws every problem at once. A null facilitator is one chosen but not known. */
    ScheduledSession schedule(NewSession session, @Nullable OrganisationSummary venue,
                              @Nullable Facilitator facilitator, LocalDateTime now) {
        GroupWorkProblems.Collector problems = new GroupWorkProblems.Collector();
        LocalDateTime startsAt = session.startsAt();
        if (startsAt == null) {
            problems.add("startsAt", "REQUIRED", "Enter the date and time the session starts");
        } else if (startsAt.isBefore(now) && !session.history()) {
            problems.add("startsAt", "DATE_IN_PAST",
                    "The session must start in the future, or tick that you are recording a past session");
        } else if (startsAt.isBefore(now.minusYears(3))) {
            problems.add("startsAt", "DATE_TOO_EARLY", "A past session must be within the last 3 years");
        } else if (startsAt.isAfter(now.plusYears(2))) {
            problems.add("startsAt", "DATE_TOO_LATE", "The session must start within the next 2 years");
        }
        return checked(problems, session, venue, facilitator);
    }

    /**
     * A session from history ({@link GroupWorkImport}): the same rules as {@link #schedule}, except that a past
     * session may be older than 3 years.
     */
    ScheduledSession imported(NewSession session, @Nullable OrganisationSummary venue,
                              @Nullable Facilitator facilitator, LocalDateTime now) {
        GroupWorkProblems.Collector problems = new GroupWorkProblems.Collector();
        if (session.startsAt() == null) {
            problems.add("startsAt", "REQUIRED", "Enter the date and time the session starts");
        } else if (session.startsAt().isAfter(now.plusYears(2))) {
            problems.add("startsAt", "DATE_TOO_LATE", "The session must start within the next 2 years");
        }
        return checked(problems, session, venue, facilitator);
    }

    /** The rules besides the start's window: length, places for everyone enrolled, venue and facilitator. */
    private ScheduledSession checked(GroupWorkProblems.Collector problems, NewSession session,
                                     @Nullable OrganisationSummary venue, @Nullable Facilitator facilitator) {
        LocalDateTime startsAt = session.startsAt();
        Integer minutes = session.durationMinutes();
        if (minutes == null || minutes < 5 || minutes > 600) {
            problems.add("durationMinutes", "OUT_OF_RANGE", "Enter a duration from 5 to 600 minutes");
        }
        Integer capacity = session.capacity();
        if (capacity == null || capacity < 1 || capacity > 200) {
            problems.add("capacity", "OUT_OF_RANGE", "Enter a capacity from 1 to 200 places");
        } else if (capacity < enrolled) {
            problems.add("capacity", "CAPACITY_BELOW_ENROLMENT", "This session is too small: " + enrolled
                    + " clients are enrolled in the programme and it has " + capacity + " places");
        }
        if (venue == null) {
            problems.add("venueId", "REQUIRED", "Choose the venue: a GP practice or community venue");
        } else if (venue.type() != OrganisationType.GP_PRACTICE && venue.type() != OrganisationType.VENUE) {
            problems.add("venueId", "NOT_A_VENUE", venue.name() + " is not a GP practice or community venue");
        } else if (startsAt != null && !venue.activeOn(startsAt.toLocalDate())) {
            problems.add("venueId", "VENUE_NOT_ACTIVE", venue.name() + " is not open on that date");
        }
        if (facilitator == null) {
            problems.add("facilitator", "UNKNOWN_STAFF", "Choose the facilitator from the list");
        }
        problems.throwIfAny();
        return new ScheduledSession(id, startsAt, minutes, capacity, venue.id(), facilitator);
    }

    /**
     * Enrolling a client: once per programme, and only while the smallest session still to come (if any) has a
     * place for one more. Throws the first problem.
     */
    void enrol(String name, boolean alreadyEnrolled, @Nullable ComingSession smallest) {
        if (alreadyEnrolled) {
            throw GroupWorkProblems.one("client", "ALREADY_ENROLLED", "This client is already enrolled in " + name);
        }
        if (smallest != null && enrolled >= smallest.capacity()) {
            throw GroupWorkProblems.one("client", "SESSION_FULL", "This session is full: " + enrolled + " of "
                    + smallest.capacity() + " places taken (" + DisplayDate.DAY_AND_TIME.format(smallest.startsAt())
                    + ")");
        }
    }

    /** A session still to come, as enrolment sees it. */
    record ComingSession(LocalDateTime startsAt, int capacity) {
    }

    /** Who leads a session: a staff member from the directory, or (with their username) the person recording it. */
    record Facilitator(@Nullable UUID staffId, @Nullable String username, String name) {
    }

    /** A session that passed the rules, ready to be saved. */
    record ScheduledSession(UUID programmeId, LocalDateTime startsAt, int durationMinutes, int capacity,
                            UUID venueId, Facilitator facilitator) {
    }
}
