package org.onedoor.treatment.groupwork;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.Directory;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.StaffSummary;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.onedoor.treatment.TreatmentCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up group work: programmes at the person's organisation and their sessions. */
@Service
public class GroupProgrammes {

    private final JdbcClient jdbc;
    private final TreatmentCodes codes;
    private final Directory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    GroupProgrammes(
            JdbcClient jdbc, TreatmentCodes codes, Directory directory, CurrentUsers currentUsers, Clock clock) {
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
        FieldProblems.Collector problems = GroupProgramme.PROBLEMS.collector();
        String name = tidy(programme.name());
        if (name == null) {
            problems.add("name", "REQUIRED", Messages.text("groupWork.name.required"));
        } else if (name.length() > 120) {
            problems.add("name", "TOO_LONG", Messages.text("groupWork.name.tooLong"));
        }
        String description = tidy(programme.description());
        if (description != null && description.length() > 1000) {
            problems.add("description", "TOO_LONG", Messages.text("groupWork.description.tooLong"));
        }
        var type = codes.find(codes.interventionTypes(today), programme.interventionType());
        if (type.isEmpty()) {
            problems.add("interventionType", "UNKNOWN_CODE", Messages.text("groupWork.interventionType.unknownCode"));
        }
        String subType = tidy(programme.subInterventionType());
        if (subType != null) {
            var sub = codes.find(codes.subInterventionTypes(today), subType);
            if (sub.isEmpty()) {
                problems.add(
                        "subInterventionType",
                        "UNKNOWN_CODE",
                        Messages.text("groupWork.subInterventionType.unknownCode"));
            } else if (type.isPresent() && !type.get().code().equals(sub.get().group())) {
                problems.add(
                        "subInterventionType",
                        "SUB_TYPE_MISMATCH",
                        Messages.text(
                                "groupWork.subInterventionType.subTypeMismatch",
                                sub.get().label(),
                                type.get().label().toLowerCase()));
            }
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_group_programme (id, name, description, intervention_type,
                    sub_intervention_type, provider_id, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        name,
                        description,
                        type.get().code(),
                        subType,
                        currentUsers.require().organisationId(),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        return id;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID schedule(UUID programmeId, NewSession session) {
        CurrentUser user = currentUsers.require();
        int enrolled = jdbc.sql("""
                select count(*) from treatment_group_enrolment where programme_id = ?
                """).param(programmeId).query(Integer.class).single();
        if (jdbc.sql("select count(*) from treatment_group_programme where id = ?")
                        .param(programmeId)
                        .query(Integer.class)
                        .single()
                == 0) {
            throw new NotFound("Group programme", programmeId);
        }
        OrganisationSummary venue = session.venueId() == null
                ? null
                : directory.findOrganisation(session.venueId()).orElse(null);
        GroupProgramme.ScheduledSession scheduled = new GroupProgramme(programmeId, enrolled)
                .schedule(session, venue, facilitator(session.facilitatorStaffId(), user), LocalDateTime.now(clock));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into treatment_group_session (id, programme_id, starts_at, duration_minutes, capacity, venue_id,
                    facilitator_staff_id, facilitator_username, facilitator_name, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        programmeId,
                        scheduled.startsAt(),
                        scheduled.durationMinutes(),
                        scheduled.capacity(),
                        scheduled.venueId(),
                        scheduled.facilitator().staffId(),
                        scheduled.facilitator().username(),
                        scheduled.facilitator().name(),
                        DbTime.now(clock),
                        currentUsers.actorName())
                .update();
        return id;
    }

    /** The staff member chosen, or the person recording when none is; null when the one chosen is unknown. */
    private GroupProgramme.@Nullable Facilitator facilitator(@Nullable UUID staffId, CurrentUser user) {
        if (staffId == null) {
            return new GroupProgramme.Facilitator(null, user.username(), user.displayName());
        }
        try {
            StaffSummary staff = directory.staffMember(staffId);
            return new GroupProgramme.Facilitator(staff.id(), null, staff.fullName());
        } catch (NotFound unknown) {
            return null;
        }
    }
}
