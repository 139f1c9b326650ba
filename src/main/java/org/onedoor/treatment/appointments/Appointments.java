package org.onedoor.treatment.appointments;

import static org.onedoor.shared.Text.tidy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.security.CurrentUser;
import org.onedoor.security.CurrentUsers;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.DomainRuleViolation;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.EpisodeFacts;
import org.onedoor.treatment.Interventions;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments and contacts of an episode. An appointment is booked (no more than {@link #BOOKING_GRACE} in the
 * past: older ones are recorded as contacts), then attended, not attended (with a reason) or cancelled (by whom,
 * why), only ever from booked and never before it starts. Attendance and non-attendance go on the client's
 * timeline; every view and change is audited. The first appointment booked for an intervention is its first
 * appointment offered (dated the appointment's day, or today when that is still to come).
 */
@Service
public class Appointments {

    /** Every problem with an appointment, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("APPOINTMENT_INVALID", "appointment");

    static final Duration BOOKING_GRACE = Duration.ofHours(1);
    private final EpisodeFacts facts;
    private final AppointmentStore store;
    private final Interventions interventions;
    private final ClinicalChanges changes;
    private final CurrentUsers currentUsers;

    Appointments(
            EpisodeFacts facts,
            AppointmentStore store,
            Interventions interventions,
            ClinicalChanges changes,
            CurrentUsers currentUsers) {
        this.facts = facts;
        this.store = store;
        this.interventions = interventions;
        this.changes = changes;
        this.currentUsers = currentUsers;
    }

    @PreAuthorize("hasAuthority('CLIENT_RECORD_VIEW')")
    @Transactional
    public AppointmentsView view(UUID episodeId) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        LocalDate today = store.localNow().toLocalDate();
        AppointmentsView view = new AppointmentsView(
                episode,
                store.list(episodeId),
                store.venues(today),
                store.interventions(episodeId),
                store.dnaReasons(today));
        changes.viewed(episode.clientId(), decision, "Appointments");
        return view;
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID book(UUID episodeId, NewAppointment appointment) {
        return add(episodeId, appointment, AppointmentStatus.BOOKED);
    }

    /** A contact that has happened: booked and attended in one step. */
    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public UUID recordContact(UUID episodeId, NewAppointment contact) {
        return add(episodeId, contact, AppointmentStatus.ATTENDED);
    }

    @PreAuthorize("hasAuthority('TREATMENT_RECORD')")
    @Transactional
    public void recordOutcome(UUID episodeId, UUID appointmentId, AppointmentOutcome outcome) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        requireOpen(episode);
        AppointmentStore.Booked booked = store.booked(episodeId, appointmentId);
        LocalDateTime now = store.localNow();
        if (booked.status() != AppointmentStatus.BOOKED) {
            throw new DomainRuleViolation(
                    "OUTCOME_ALREADY_RECORDED",
                    "status",
                    Messages.text(
                            "appointment.status.outcomeAlreadyRecorded",
                            booked.status().label().toLowerCase()));
        }
        FieldProblems.Collector problems = PROBLEMS.collector();
        AppointmentStatus status = outcome.status();
        AppointmentRules.outcome(
                problems,
                outcome,
                booked.startsAt(),
                now,
                status == AppointmentStatus.DID_NOT_ATTEND
                        && outcome.dnaReason() != null
                        && store.dnaReason(outcome.dnaReason(), now.toLocalDate()));
        String note = tidy(outcome.note());
        problems.throwIfAny();
        AppointmentOutcome tidied = new AppointmentOutcome(
                status,
                outcome.dnaReason(),
                outcome.cancelledBy(),
                tidy(outcome.cancellationReason()),
                note,
                outcome.version());
        store.outcome(appointmentId, tidied, note, currentUsers.require().username());
        ClinicalChange change = ClinicalChange.of(
                AccessAction.CHANGE,
                episode.clientId(),
                decision,
                "Appointment of " + DisplayDate.DAY_AND_TIME.format(booked.startsAt()) + ": "
                        + status.label().toLowerCase());
        changes.record(
                status == AppointmentStatus.CANCELLED
                        ? change
                        : change.onTimeline(contact(appointmentId, booked.startsAt(), status, note)));
    }

    private UUID add(UUID episodeId, NewAppointment a, AppointmentStatus status) {
        EpisodeFacts.Facts episode = facts.of(episodeId);
        AccessDecision decision = changes.require(episode.clientId());
        requireOpen(episode);
        CurrentUser user = currentUsers.require();
        LocalDateTime now = store.localNow();
        FieldProblems.Collector problems = PROBLEMS.collector();
        if (a.startsAt() == null) {
            problems.add(
                    "startsOn",
                    "REQUIRED",
                    status == AppointmentStatus.BOOKED
                            ? Messages.text("appointment.startsOn.required")
                            : Messages.text("appointment.startsOn.required.contact"));
        } else if (status == AppointmentStatus.BOOKED && a.startsAt().isBefore(now.minus(BOOKING_GRACE))) {
            problems.add("startsOn", "BOOKING_IN_PAST", Messages.text("appointment.startsOn.bookingInPast"));
        } else if (status == AppointmentStatus.ATTENDED && a.startsAt().isAfter(now)) {
            problems.add("startsOn", "CONTACT_IN_FUTURE", Messages.text("appointment.startsOn.contactInFuture"));
        } else if (a.startsAt().toLocalDate().isBefore(episode.triagedOn().minusYears(1))) {
            problems.add("startsOn", "BEFORE_EPISODE", Messages.text("appointment.startsOn.beforeEpisode"));
        }
        AppointmentRules.shape(problems, a.durationMinutes(), a.kind(), a.note());
        if (a.venueId() != null && !store.isVenue(a.venueId(), now.toLocalDate())) {
            problems.add("venueId", "UNKNOWN_VENUE", Messages.text("appointment.venueId.unknownVenue"));
        }
        Optional<Optional<LocalDate>> intervention =
                a.interventionId() == null ? Optional.empty() : store.intervention(episodeId, a.interventionId());
        if (a.interventionId() != null && intervention.isEmpty()) {
            problems.add(
                    "interventionId",
                    "UNKNOWN_INTERVENTION",
                    Messages.text("appointment.interventionId.unknownIntervention"));
        }
        problems.throwIfAny();
        String keyworker = tidy(a.keyworkerUsername()) != null
                ? a.keyworkerUsername().strip()
                : episode.keyworkerUsername() != null ? episode.keyworkerUsername() : user.username();
        UUID id = UUID.randomUUID();
        store.insert(
                id,
                episodeId,
                episode.clientId(),
                new NewAppointment(
                        a.startsAt(),
                        a.durationMinutes(),
                        a.kind(),
                        a.venueId(),
                        a.interventionId(),
                        keyworker,
                        tidy(a.note())),
                keyworker,
                status,
                user.username());
        if (intervention.isPresent() && intervention.get().isEmpty()) {
            LocalDate day = a.startsAt().toLocalDate();
            interventions.offerFirstAppointment(
                    episodeId, a.interventionId(), day.isAfter(now.toLocalDate()) ? now.toLocalDate() : day);
        }
        ClinicalChange change = ClinicalChange.of(
                AccessAction.CREATE,
                episode.clientId(),
                decision,
                (status == AppointmentStatus.BOOKED ? "Appointment booked for " : "Contact recorded on ")
                        + DisplayDate.DAY_AND_TIME.format(a.startsAt()));
        changes.record(
                status == AppointmentStatus.ATTENDED
                        ? change.onTimeline(contact(id, a.startsAt(), status, tidy(a.note())))
                        : change);
        return id;
    }

    /** An attended or missed appointment as the client's timeline shows it. */
    private static ClinicalChange.TimelineNote contact(
            UUID id, LocalDateTime startsAt, AppointmentStatus status, @Nullable String note) {
        return new ClinicalChange.TimelineNote(
                "CONTACT",
                startsAt.toLocalDate(),
                (status == AppointmentStatus.ATTENDED ? "Attended appointment at " : "Did not attend appointment at ")
                        + startsAt.toLocalTime(),
                note,
                "APPOINTMENT",
                id,
                null);
    }

    private static void requireOpen(EpisodeFacts.Facts episode) {
        if (!episode.open()) {
            throw new DomainRuleViolation("EPISODE_CLOSED", null, Messages.text("appointment.record.episodeClosed"));
        }
    }
}
