package org.onedoor.treatment.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.Messages;
import org.onedoor.shared.NotFound;
import org.onedoor.shared.jdbc.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of appointments. */
@Component
class AppointmentStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AppointmentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(
            UUID id,
            UUID episodeId,
            UUID clientId,
            NewAppointment a,
            String keyworker,
            AppointmentStatus status,
            String by) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into treatment_appointment (id, episode_id, client_id, intervention_id, keyworker_username,
                    starts_at, duration_minutes, kind, venue_id, status, contact_note, outcome_recorded_at,
                    outcome_recorded_by, version, created_at, created_by)
                values (:id, :episode, :client, :intervention, :keyworker, :startsAt, :duration, :kind, :venue,
                        :status, :note, :recordedAt, :recordedBy, 0, :now, :by)
                """)
                .param("id", id)
                .param("episode", episodeId)
                .param("client", clientId)
                .param("intervention", a.interventionId())
                .param("keyworker", keyworker)
                .param("startsAt", Timestamp.valueOf(a.startsAt()))
                .param("duration", a.durationMinutes())
                .param("kind", a.kind().name())
                .param("venue", a.venueId())
                .param("status", status.name())
                .param("note", a.note())
                .param("recordedAt", status == AppointmentStatus.BOOKED ? null : now)
                .param("recordedBy", status == AppointmentStatus.BOOKED ? null : by)
                .param("now", now)
                .param("by", by)
                .update();
    }

    /** A live appointment of the episode: when it starts and where it stands. */
    Booked booked(UUID episodeId, UUID appointmentId) {
        return jdbc.sql("""
                select starts_at, status, intervention_id from treatment_appointment
                 where id = ? and episode_id = ? and voided_at is null
                """)
                .param(appointmentId)
                .param(episodeId)
                .query((rs, n) -> new Booked(
                        rs.getTimestamp(1).toLocalDateTime(),
                        AppointmentStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFound("Appointment", appointmentId));
    }

    void outcome(UUID appointmentId, AppointmentOutcome o, @Nullable String note, String by) {
        int changed = jdbc.sql("""
                update treatment_appointment set status = :status, dna_reason = :dna, cancelled_by = :cancelledBy,
                       cancellation_reason = :cancellation, contact_note = coalesce(:note, contact_note),
                       outcome_recorded_at = :now, outcome_recorded_by = :by, version = version + 1
                 where id = :id and version = :version and status = 'BOOKED' and voided_at is null
                """)
                .param("status", o.status().name())
                .param("dna", o.status() == AppointmentStatus.DID_NOT_ATTEND ? o.dnaReason() : null)
                .param("cancelledBy", o.status() == AppointmentStatus.CANCELLED ? o.cancelledBy() : null)
                .param("cancellation", o.status() == AppointmentStatus.CANCELLED ? o.cancellationReason() : null)
                .param("note", note)
                .param("now", now())
                .param("by", by)
                .param("id", appointmentId)
                .param("version", o.version())
                .update();
        if (changed == 0) {
            throw new DomainRuleViolation("STALE", "status", Messages.text("appointment.status.stale"));
        }
    }

    boolean isVenue(UUID organisationId, LocalDate on) {
        return jdbc.sql("""
                select count(*) from report_organisation where organisation_id = ?
                   and organisation_type in ('GP_PRACTICE', 'VENUE')
                   and active_from <= ? and (active_to is null or active_to >= ?)
                """)
                        .param(organisationId)
                        .param(on)
                        .param(on)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The intervention of the episode, with the date its first appointment was offered (empty: not the episode's). */
    Optional<Optional<LocalDate>> intervention(UUID episodeId, UUID interventionId) {
        return jdbc.sql("""
                select first_offered_on from treatment_intervention
                 where id = ? and episode_id = ? and voided_at is null and ended_on is null
                """)
                .param(interventionId)
                .param(episodeId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional();
    }

    boolean dnaReason(String code, LocalDate on) {
        return dnaReasons(on).stream().anyMatch(c -> c.value().equals(code));
    }

    List<AppointmentsView.Choice> dnaReasons(LocalDate on) {
        return jdbc.sql("""
                select code, label from treatment_dna_reason
                 where valid_from <= ? and (valid_to is null or valid_to >= ?) order by sort_order
                """)
                .param(on)
                .param(on)
                .query((rs, n) -> new AppointmentsView.Choice(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<AppointmentsView.Choice> venues(LocalDate on) {
        return jdbc.sql("""
                select organisation_id, name from report_organisation
                 where organisation_type in ('GP_PRACTICE', 'VENUE')
                   and active_from <= ? and (active_to is null or active_to >= ?) order by name
                """)
                .param(on)
                .param(on)
                .query((rs, n) -> new AppointmentsView.Choice(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<AppointmentsView.Choice> interventions(UUID episodeId) {
        return jdbc.sql("""
                select i.id, t.label from treatment_intervention i
                  join treatment_intervention_type t on t.code = i.intervention_type
                 where i.episode_id = ? and i.voided_at is null and i.ended_on is null order by i.referred_on
                """)
                .param(episodeId)
                .query((rs, n) -> new AppointmentsView.Choice(rs.getString(1), rs.getString(2)))
                .list();
    }

    List<AppointmentsView.Appointment> list(UUID episodeId) {
        return jdbc.sql("""
                select a.id, a.starts_at, a.duration_minutes, a.kind, o.name, t.label, a.keyworker_username,
                       a.status, d.label, a.cancelled_by, a.cancellation_reason, a.contact_note, a.version
                  from treatment_appointment a
                  left join report_organisation o on o.organisation_id = a.venue_id
                  left join treatment_intervention i on i.id = a.intervention_id
                  left join treatment_intervention_type t on t.code = i.intervention_type
                  left join treatment_dna_reason d on d.code = a.dna_reason
                 where a.episode_id = ? and a.voided_at is null
                 order by a.starts_at desc
                """)
                .param(episodeId)
                .query((rs, n) -> new AppointmentsView.Appointment(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getInt(3),
                        AppointmentKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        AppointmentStatus.valueOf(rs.getString(8)),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getInt(13)))
                .list();
    }

    LocalDateTime localNow() {
        return LocalDateTime.now(clock);
    }

    private OffsetDateTime now() {
        return DbTime.now(clock);
    }

    /** What an outcome needs of the appointment. */
    record Booked(
            LocalDateTime startsAt,
            AppointmentStatus status,
            @Nullable UUID interventionId) {}
}
