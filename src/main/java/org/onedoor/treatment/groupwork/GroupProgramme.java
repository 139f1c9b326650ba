package org.onedoor.treatment.groupwork;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

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

    /** Every problem with a group-work change, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("GROUP_WORK_INVALID", "group work entry");

    /** The session, checked; throws every problem at once. A null facilitator is one chosen but not known. */
    ScheduledSession schedule(
            NewSession session,
            @Nullable OrganisationSummary venue,
            @Nullable Facilitator facilitator,
            LocalDateTime now) {
        FieldProblems.Collector problems = PROBLEMS.collector();
        LocalDateTime startsAt = session.startsAt();
        if (startsAt == null) {
            problems.add("startsAt", "REQUIRED", Messages.text("groupWork.startsAt.required"));
        } else if (startsAt.isBefore(now) && !session.history()) {
            problems.add("startsAt", "DATE_IN_PAST", Messages.text("groupWork.startsAt.dateInPast"));
        } else if (startsAt.isBefore(now.minusYears(3))) {
            problems.add("startsAt", "DATE_TOO_EARLY", Messages.text("groupWork.startsAt.dateTooEarly"));
        } else if (startsAt.isAfter(now.plusYears(2))) {
            problems.add("startsAt", "DATE_TOO_LATE", Messages.text("groupWork.startsAt.dateTooLate"));
        }
        return checked(problems, session, venue, facilitator);
    }

    /**
     * A session from history ({@link GroupWorkImport}): the same rules as {@link #schedule}, except that a past
     * session may be older than 3 years.
     */
    ScheduledSession imported(
            NewSession session,
            @Nullable OrganisationSummary venue,
            @Nullable Facilitator facilitator,
            LocalDateTime now) {
        FieldProblems.Collector problems = PROBLEMS.collector();
        if (session.startsAt() == null) {
            problems.add("startsAt", "REQUIRED", Messages.text("groupWork.startsAt.required"));
        } else if (session.startsAt().isAfter(now.plusYears(2))) {
            problems.add("startsAt", "DATE_TOO_LATE", Messages.text("groupWork.startsAt.dateTooLate"));
        }
        return checked(problems, session, venue, facilitator);
    }

    /** The rules besides the start's window: length, places for everyone enrolled, venue and facilitator. */
    private ScheduledSession checked(
            FieldProblems.Collector problems,
            NewSession session,
            @Nullable OrganisationSummary venue,
            @Nullable Facilitator facilitator) {
        LocalDateTime startsAt = session.startsAt();
        Integer minutes = session.durationMinutes();
        if (minutes == null || minutes < 5 || minutes > 600) {
            problems.add("durationMinutes", "OUT_OF_RANGE", Messages.text("groupWork.durationMinutes.outOfRange"));
        }
        Integer capacity = session.capacity();
        if (capacity == null || capacity < 1 || capacity > 200) {
            problems.add("capacity", "OUT_OF_RANGE", Messages.text("groupWork.capacity.outOfRange"));
        } else if (capacity < enrolled) {
            problems.add(
                    "capacity",
                    "CAPACITY_BELOW_ENROLMENT",
                    Messages.text("groupWork.capacity.capacityBelowEnrolment", enrolled, capacity));
        }
        if (venue == null) {
            problems.add("venueId", "REQUIRED", Messages.text("groupWork.venueId.required"));
        } else if (venue.type() != OrganisationType.GP_PRACTICE && venue.type() != OrganisationType.VENUE) {
            problems.add("venueId", "NOT_A_VENUE", Messages.text("groupWork.venueId.notAVenue", venue.name()));
        } else if (startsAt != null && !venue.activeOn(startsAt.toLocalDate())) {
            problems.add(
                    "venueId", "VENUE_NOT_ACTIVE", Messages.text("groupWork.venueId.venueNotActive", venue.name()));
        }
        if (facilitator == null) {
            problems.add("facilitator", "UNKNOWN_STAFF", Messages.text("groupWork.facilitator.unknownStaff"));
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
            throw PROBLEMS.one("client", "ALREADY_ENROLLED", Messages.text("groupWork.client.alreadyEnrolled", name));
        }
        if (smallest != null && enrolled >= smallest.capacity()) {
            throw PROBLEMS.one(
                    "client",
                    "SESSION_FULL",
                    Messages.text(
                            "groupWork.client.sessionFull",
                            enrolled,
                            smallest.capacity(),
                            DisplayDate.DAY_AND_TIME.format(smallest.startsAt())));
        }
    }

    /** A session still to come, as enrolment sees it. */
    record ComingSession(LocalDateTime startsAt, int capacity) {}

    /** Who leads a session: a staff member from the directory, or (with their username) the person recording it. */
    record Facilitator(@Nullable UUID staffId, @Nullable String username, String name) {}

    /** A session that passed the rules, ready to be saved. */
    record ScheduledSession(
            UUID programmeId,
            LocalDateTime startsAt,
            int durationMinutes,
            int capacity,
            UUID venueId,
            Facilitator facilitator) {}
}
