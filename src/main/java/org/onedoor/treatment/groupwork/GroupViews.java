package org.onedoor.treatment.groupwork;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationId;

/** What the group-work screens show. */
public final class GroupViews {

    private GroupViews() {}

    /** A programme in the list, with its next session (if any). */
    public record ProgrammeSummary(
            UUID id,
            String name,
            String interventionLabel,
            @Nullable String subTypeLabel,
            int enrolled,
            @Nullable LocalDateTime nextSession,
            @Nullable String nextVenue) {}

    public record Programme(
            UUID id,
            String name,
            @Nullable String description,
            String interventionType,
            String interventionLabel,
            @Nullable String subType,
            @Nullable String subTypeLabel,
            UUID providerId,
            String providerName,
            List<Session> sessions,
            List<Enrolment> enrolments) {}

    public record Session(
            UUID id,
            UUID programmeId,
            String programmeName,
            LocalDateTime startsAt,
            int durationMinutes,
            int capacity,
            OrganisationId venueId,
            String venueName,
            String facilitatorName,
            int attended,
            int recorded) {}

    public record Enrolment(UUID clientId, String reference, LocalDate enrolledOn, String enrolledBy) {}

    /** One line of a session's register: an enrolled client and what is recorded for them (null if nothing yet). */
    public record RegisterLine(
            UUID clientId, String reference, @Nullable AttendanceStatus status) {}

    public record Register(Session session, List<RegisterLine> lines, boolean inFuture) {}
}
