package org.onedoor.treatment.groupwork;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.Messages;

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
            throw GroupProgramme.PROBLEMS.one(
                    "attendance",
                    "SESSION_IN_FUTURE",
                    Messages.text("groupWork.attendance.sessionInFuture", DisplayDate.DAY_AND_TIME.format(startsAt)));
        }
        long attending = statuses.values().stream()
                .filter(AttendanceStatus.ATTENDED::equals)
                .count();
        if (attending > capacity) {
            throw GroupProgramme.PROBLEMS.one(
                    "attendance",
                    "SESSION_FULL",
                    Messages.text("groupWork.attendance.sessionFull", attending, capacity));
        }
    }

    /** One line of the register: the client must be enrolled in the programme. */
    void requireEnrolled(Set<UUID> enrolled, UUID clientId) {
        if (!enrolled.contains(clientId)) {
            throw GroupProgramme.PROBLEMS.one(
                    "attendance", "NOT_ENROLLED", Messages.text("groupWork.attendance.notEnrolled", programme));
        }
    }
}
