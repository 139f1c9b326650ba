package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.audittrail.AccessAction;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.treatment.recording.ClinicalChange;
import org.onedoor.treatment.recording.ClinicalChanges;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared-care prescribing record: start a course for an episode, titrate the dose, change supervision, review
 * and stop. A clinical record, not electronic prescribing. Every change is kept, shows on the client's timeline and
 * is audited; a GP practice prescribing in shared care joins the client's care team.
 */
@Service
public class Prescribing {

    private final PrescribingStore store;
    private final Medicines medicines;
    private final Prescribers prescribers;
    private final ClinicalChanges changes;
    private final CareTeam careTeam;
    private final Clock clock;

    Prescribing(
            PrescribingStore store,
            Medicines medicines,
            Prescribers prescribers,
            ClinicalChanges changes,
            CareTeam careTeam,
            Clock clock) {
        this.store = store;
        this.medicines = medicines;
        this.prescribers = prescribers;
        this.changes = changes;
        this.careTeam = careTeam;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public UUID start(NewCourse course) {
        PrescribingStore.EpisodeFacts episode = store.episode(course.episodeId().value());
        AccessDecision decision = changes.require(episode.clientId());
        LocalDate today = LocalDate.now(clock);
        LocalDate on = course.startedOn();
        Medicines.Medicine medicine = course.medicine() == null
                ? null
                : medicines.find(on != null ? on : today, course.medicine()).orElse(null);
        NewCourse started = PrescribingCourse.start(
                course,
                new PrescribingCourse.Facts(
                        episode.open(),
                        episode.triagedOn(),
                        medicine,
                        prescribers.find(
                                course.prescriberOrganisation() == null
                                        ? null
                                        : course.prescriberOrganisation().value()),
                        course.interventionId() == null
                                || store.pharmacological(course.episodeId().value(), course.interventionId()),
                        medicine != null && store.hasActiveCourse(episode.clientId(), medicine.code()),
                        today));
        UUID id = UUID.randomUUID();
        String prescriberName = started.prescriberName();
        store.insert(id, episode.clientId(), started, prescriberName);
        if (started.prescriberKind() == PrescriberKind.GP_PRACTICE) {
            careTeam.add(
                    episode.clientId(),
                    new CareTeamMembership(
                            started.prescriberOrganisation().value(),
                            CareTeamRole.SHARED_CARE,
                            null,
                            prescriberName,
                            on,
                            "PRESCRIBING",
                            id));
        }
        recorded(
                episode.clientId(),
                id,
                decision,
                AccessAction.CREATE,
                on,
                "Prescribing started: "
                        + medicine.label() + " " + mg(started.doseMg()) + " a day, "
                        + started.instalment().label().toLowerCase()
                        + (started.supervised() ? ", supervised " + started.supervisedDays() + " days a week" : ""));
        return id;
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void changeDose(UUID courseId, @Nullable LocalDate on, @Nullable BigDecimal dose, @Nullable String reason) {
        Course course = store.load(courseId);
        AccessDecision decision = changes.require(course.clientId());
        Medicines.Medicine medicine =
                medicines.find(course.startedOn(), course.medicine()).orElse(null);
        Course changed = new PrescribingCourse(course).changeDose(on, dose, reason, medicine, LocalDate.now(clock));
        store.change(courseId, "DOSE", on, dose, null, null, null, reason.strip());
        store.update(changed);
        recorded(
                course.clientId(),
                courseId,
                decision,
                AccessAction.CHANGE,
                on,
                "Prescribing dose changed from " + mg(course.doseMg()) + " to " + mg(dose) + ": " + reason.strip());
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void changeSupervision(
            UUID courseId,
            @Nullable LocalDate on,
            @Nullable Instalment instalment,
            boolean supervised,
            @Nullable Integer days,
            @Nullable String reason) {
        Course course = store.load(courseId);
        AccessDecision decision = changes.require(course.clientId());
        Course changed = new PrescribingCourse(course)
                .changeSupervision(on, instalment, supervised, days, reason, LocalDate.now(clock));
        store.change(
                courseId,
                "SUPERVISION",
                on,
                null,
                changed.instalment(),
                supervised,
                changed.supervisedDays(),
                reason.strip());
        store.update(changed);
        recorded(
                course.clientId(),
                courseId,
                decision,
                AccessAction.CHANGE,
                on,
                "Prescribing supervision changed: "
                        + changed.instalment().label().toLowerCase()
                        + (supervised ? ", supervised " + days + " days a week" : ", unsupervised") + ": "
                        + reason.strip());
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void review(UUID courseId, CourseReview review) {
        Course course = store.load(courseId);
        AccessDecision decision = changes.require(course.clientId());
        Course reviewed = new PrescribingCourse(course).review(review, LocalDate.now(clock));
        store.review(courseId, review);
        store.update(reviewed);
        recorded(
                course.clientId(),
                courseId,
                decision,
                AccessAction.CHANGE,
                review.reviewedOn(),
                "Prescribing reviewed by " + review.reviewer().strip() + ": "
                        + review.outcome().strip());
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void stop(UUID courseId, @Nullable LocalDate on, @Nullable String reason) {
        Course course = store.load(courseId);
        AccessDecision decision = changes.require(course.clientId());
        Course stopped = new PrescribingCourse(course).stop(on, reason, LocalDate.now(clock));
        store.change(courseId, "STOPPED", on, null, null, null, null, reason.strip());
        store.update(stopped);
        store.stopReason(courseId, reason.strip());
        recorded(
                course.clientId(),
                courseId,
                decision,
                AccessAction.CHANGE,
                on,
                "Prescribing stopped (" + medicines.label(course.medicine()) + "): " + reason.strip());
    }

    private void recorded(
            UUID clientId, UUID courseId, AccessDecision decision, AccessAction action, LocalDate on, String summary) {
        changes.record(ClinicalChange.of(action, clientId, decision, summary)
                .onTimeline("PRESCRIBING", on, "PRESCRIBING_COURSE", courseId));
    }

    static String mg(BigDecimal dose) {
        return dose.stripTrailingZeros().toPlainString() + " mg";
    }
}
