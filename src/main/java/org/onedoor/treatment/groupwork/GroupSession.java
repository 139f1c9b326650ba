package org.onedoor.treatment.groupwork;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.onedoor.shared.DisplayDate;

/**
 * A session of a programme as its register is recorded, with the rules of the register: only once the session has
 * started, no more marked as attended than it has places, and only clients enrolled in the programme on it.
 *
 * @param programme the programme's name, as messages quote it
 */
record GroupSession(UUID programmeId, String programme, LocalDateTime startsAt, int capacity) {

    /** The register as a whole, before any line is looked at; throws the first problem. */
    void checkRegister(Map<UUID, AttendanceStatus> statuses, LocalDateTime now) {
        if (startsAt.isAfter(now)) {
            throw GroupProgramme.PROBLEMS.one("attendance", "SESSION_IN_FUTURE",
                    "Attendance can be recorded once the session has started: it starts on "
                            + DisplayDate.DAY_AND_TIME.format(startsAt));
        }
        long attending = statuses.values().stream().filter(AttendanceStatus.ATTENDED::equals).count();
        if (attending > capacity) {
            throw GroupProgramme.PROBLEMS.one("attendance", "SESSION_FULL", "This session is full: " + attending
                    + " marked as attended but it has " + capacity + " places");
        }
    }

    /** One line of the register: the client must be enrolled in the programme. */
    void requireEnrolled(Set<UUID> enrolled, UUID clientId) {
        if (!enrolled.contains(clientId)) {
            throw GroupProgramme.PROBLEMS.one("attendance", "NOT_ENROLLED",
                    "Only clients enrolled in " + programme + " can be on its register");
        }
    }
}
