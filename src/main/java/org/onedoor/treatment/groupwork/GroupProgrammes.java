package org.onedoor.treatment.groupwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.partnership.StaffSummary;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.NotFound;
import org.onedoor.treatment.TreatmentCodes;

import static org.onedoor.shared.Text.tidy;

/** Setting up group work: programmes at the person's organisation and their sessions. */
@Service
public class GroupProgrammes {

    private final JdbcClient jdbc;
    private final TreatmentCodes codes;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    GroupProgrammes(JdbcClient jdbc, TreatmentCodes codes, Directory directory, CurrentUsers currentUsers,
                    Clock clock) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID create(NewProgramme programme) {
        LocalDate today = LocalDate.now(clock);
        GroupWorkProblems.Collector problems = new GroupWorkProblems.Collector();
        String name = tidy(programme.name());
        if (name == null) {
            problems.add("name", "REQUIRED", "Enter the programme's name");
        } else if (name.length() > 120) {
            problems.add("name", "TOO_LONG", "The name must be 120 characters or fewer");
        }
        String description = tidy(programme.description());
        if (description != null && description.length() > 1000) {
            problems.add("description", "TOO_LONG", "The description must be 1000 characters or fewer");
        }
        var type = codes.find(codes.interventionTypes(today), programme.interventionType());
        if (type.isEmpty()) {
            problems.add("interventionType", "UNKNOWN_CODE", "Choose the intervention the programme delivers");
        }
        String subType = tidy(programme.subInterventionType());
        if (subType != null) {
            var sub = codes.find(codes.subInterventionTypes(today), subType);
            if (sub.isEmpty()) {
                problems.add("subInterventionType", "UNKNOWN_CODE", "Choose a sub-intervention from the list");
            } else if (type.isPresent() && !type.get().code().equals(sub.get().group())) {
                problems.add("subInterventionType", "SUB_TYPE_MISMATCH",
                        sub.get().label() + " is not a kind of " + type.get().label().toLowerCase());
            }
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_group_programme (id, name, description, intervention_type,
                    sub_intervention_type, provider_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, name, description, type.get().code(), subType,
                currentUsers.require().organisationId(), clock.instant().atOffset(ZoneOffset.UTC),
                currentUsers.actorName()).update();
        return id;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID schedule(UUID programmeId, NewSession session) {
        CurrentUser user = currentUsers.require();
        int enrolled = jdbc.sql("""
                select count(*) from treatment_group_enrolment where programme_id = ?
                """).param(programmeId).query(Integer.class).single();
        if (jdbc.sql("select count(*) from treatment_group_programme where id = ?").param(programmeId)
                .query(Integer.class).single() == 0) {
            throw new NotFound("Group programme", programmeId);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        GroupWorkProblems.Collector problems = new GroupWorkProblems.Collector();
        if (session.startsAt() == null) {
            problems.add("startsAt", "REQUIRED", "Enter the date and time the session starts");
        } else if (session.startsAt().isBefore(now) && !session.history()) {
            problems.add("startsAt", "DATE_IN_PAST",
                    "The session must start in the future, or tick that you are recording a past session");
        } else if (session.startsAt().isBefore(now.minusYears(3))) {
            problems.add("startsAt", "DATE_TOO_EARLY", "A past session must be within the last 3 years");
        } else if (session.startsAt().isAfter(now.plusYears(2))) {
            problems.add("startsAt", "DATE_TOO_LATE", "The session must start within the next 2 years");
        }
        if (session.durationMinutes() == null || session.durationMinutes() < 5 || session.durationMinutes() > 600) {
            problems.add("durationMinutes", "OUT_OF_RANGE", "Enter a duration from 5 to 600 minutes");
        }
        if (session.capacity() == null || session.capacity() < 1 || session.capacity() > 200) {
            problems.add("capacity", "OUT_OF_RANGE", "Enter a capacity from 1 to 200 places");
        } else if (session.capacity() < enrolled) {
            problems.add("capacity", "CAPACITY_BELOW_ENROLMENT", "This session is too small: " + enrolled
                    + " clients are enrolled in the programme and it has " + session.capacity() + " places");
        }
        OrganisationSummary venue = session.venueId() == null ? null
                : directory.findOrganisation(session.venueId()).orElse(null);
        if (venue == null) {
            problems.add("venueId", "REQUIRED", "Choose the venue: a GP practice or community venue");
        } else if (venue.type() != OrganisationType.GP_PRACTICE && venue.type() != OrganisationType.VENUE) {
            problems.add("venueId", "NOT_A_VENUE", venue.name() + " is not a GP practice or community venue");
        } else if (session.startsAt() != null && !venue.activeOn(session.startsAt().toLocalDate())) {
            problems.add("venueId", "VENUE_NOT_ACTIVE", venue.name() + " is not open on that date");
        }
        StaffSummary staff = null;
        if (session.facilitatorStaffId() != null) {
            try {
                staff = directory.staffMember(session.facilitatorStaffId());
            } catch (NotFound unknown) {
                problems.add("facilitator", "UNKNOWN_STAFF", "Choose the facilitator from the list");
            }
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_group_session (id, programme_id, starts_at, duration_minutes, capacity, venue_id,
                    facilitator_staff_id, facilitator_username, facilitator_name, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, programmeId, session.startsAt(), session.durationMinutes(), session.capacity(),
                venue.id(), staff == null ? null : staff.id(), staff == null ? user.username() : null,
                staff == null ? user.displayName() : staff.fullName(), clock.instant().atOffset(ZoneOffset.UTC),
                currentUsers.actorName()).update();
        return id;
    }
}
