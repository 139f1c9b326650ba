package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.onedoor.audittrail.AccessAction;
import org.onedoor.audittrail.AccessEvent;
import org.onedoor.audittrail.AccessLog;
import org.onedoor.audittrail.AuditSubject;
import org.onedoor.client.AccessDecision;
import org.onedoor.client.AccessPolicy;
import org.onedoor.client.CareTeam;
import org.onedoor.client.CareTeamMembership;
import org.onedoor.client.CareTeamRole;
import org.onedoor.client.ClientTimeline;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.DisplayDate;

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
    private final AccessPolicy access;
    private final CareTeam careTeam;
    private final ClientTimeline timeline;
    private final AccessLog log;
    private final Clock clock;

    Prescribing(PrescribingStore store, Medicines medicines, Prescribers prescribers, AccessPolicy access,
                CareTeam careTeam, ClientTimeline timeline, AccessLog log, Clock clock) {
        this.store = store;
        this.medicines = medicines;
        this.prescribers = prescribers;
        this.access = access;
        this.careTeam = careTeam;
        this.timeline = timeline;
        this.log = log;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public UUID start(NewCourse course) {
        PrescribingStore.EpisodeFacts episode = store.episode(course.episodeId());
        AccessDecision decision = access.require(episode.clientId());
        LocalDate today = LocalDate.now(clock);
        FieldProblems.Collector problems = PrescribingProblems.collector();
        LocalDate on = course.startedOn();
        Medicines.Medicine medicine = course.medicine() == null ? null
                : medicines.find(on != null ? on : today, course.medicine()).orElse(null);
        if (medicine == null) {
            problems.add("medicine", PrescribingRule.UNKNOWN_CODE, "Choose the medicine from the list");
        } else if ("OTHER".equals(medicine.code())) {
            CourseChecks.required(problems, "medicineOther", course.medicineOther(), "Enter the name of the medicine");
        }
        CourseChecks.dose(problems, "doseMg", course.doseMg(), medicine);
        if (course.instalment() == null) {
            problems.add("instalment", PrescribingRule.REQUIRED, "Choose how often the client collects");
        }
        CourseChecks.supervision(problems, course.supervised(), course.supervisedDays());
        if (course.pharmacyOrganisation() == null) {
            CourseChecks.required(problems, "pharmacyName", course.pharmacyName(),
                    "Enter the dispensing pharmacy's name, or choose it from the directory");
        }
        if (course.pharmacyCode() != null && !course.pharmacyCode().isBlank()
                && !course.pharmacyCode().strip().matches("[A-Za-z0-9]{3,8}")) {
            problems.add("pharmacyCode", PrescribingRule.UNKNOWN_CODE,
                    "The pharmacy's ODS code is 3 to 8 letters and digits, for example FA123");
        }
        prescribers.check(problems, course.prescriberKind(), course.prescriberOrganisation());
        CourseChecks.required(problems, "prescriberName", course.prescriberName(), "Enter the prescriber's name");
        if (CourseChecks.date(problems, "startedOn", on, today, "the start date")) {
            if (on.isBefore(episode.triagedOn())) {
                problems.add("startedOn", PrescribingRule.START_BEFORE_EPISODE, "The course must start on or after "
                        + "the episode's triage date (" + DisplayDate.of(episode.triagedOn()) + ")");
            }
            if (course.nextReviewOn() != null && !course.nextReviewOn().isAfter(on)) {
                problems.add("nextReviewOn", PrescribingRule.REVIEW_ORDER, "The first review must be after the start");
            }
        }
        if (!episode.open()) {
            problems.add("", PrescribingRule.EPISODE_CLOSED, "The episode is closed: a course needs an open episode");
        }
        if (course.interventionId() != null && !store.pharmacological(course.episodeId(), course.interventionId())) {
            problems.add("interventionId", PrescribingRule.NOT_PHARMACOLOGICAL,
                    "Choose a pharmacological intervention of this episode, or none");
        }
        if (medicine != null && store.hasActiveCourse(episode.clientId(), medicine.code())) {
            problems.add("medicine", PrescribingRule.SECOND_ACTIVE_COURSE, "The client already has an active course of "
                    + medicine.label() + ": change or stop that course instead");
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        String prescriberName = course.prescriberName().strip();
        NewCourse tidy = new NewCourse(course.episodeId(), course.interventionId(), medicine.code(),
                blankToNull(course.medicineOther()), course.doseMg(), course.instalment(), course.supervised(),
                course.supervisedDays(), blankToNull(course.pharmacyName()),
                course.pharmacyCode() == null || course.pharmacyCode().isBlank() ? null
                        : course.pharmacyCode().strip().toUpperCase(java.util.Locale.UK),
                course.pharmacyOrganisation(), course.prescriberKind(), course.prescriberOrganisation(),
                prescriberName, on, course.nextReviewOn());
        store.insert(id, episode.clientId(), tidy, prescriberName);
        if (course.prescriberKind() == PrescriberKind.GP_PRACTICE) {
            careTeam.add(episode.clientId(), new CareTeamMembership(course.prescriberOrganisation(),
                    CareTeamRole.SHARED_CARE, null, prescriberName, on, "PRESCRIBING", id));
        }
        recorded(episode.clientId(), id, decision, AccessAction.CREATE, on, "Prescribing started: "
                + medicine.label() + " " + mg(course.doseMg()) + " a day, " + course.instalment().label().toLowerCase()
                + (course.supervised() ? ", supervised " + course.supervisedDays() + " days a week" : ""));
        return id;
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void changeDose(UUID courseId, @Nullable LocalDate on, @Nullable BigDecimal dose, @Nullable String reason) {
        Course course = store.load(courseId);
        AccessDecision decision = access.require(course.clientId());
        FieldProblems.Collector problems = PrescribingProblems.collector();
        if (CourseChecks.date(problems, "changedOn", on, LocalDate.now(clock), "the date of the change")) {
            CourseChecks.within(problems, "changedOn", on, course, "the date of the change");
        }
        Medicines.Medicine medicine = medicines.find(course.startedOn(), course.medicine()).orElse(null);
        CourseChecks.dose(problems, "doseMg", dose, medicine);
        CourseChecks.required(problems, "reason", reason, "Enter the reason for the change, for example titration");
        problems.throwIfAny();
        store.change(courseId, "DOSE", on, dose, null, null, null, reason.strip());
        store.update(new Course(course.id(), course.clientId(), course.episodeId(), course.medicine(), dose,
                course.instalment(), course.supervised(), course.supervisedDays(), course.startedOn(),
                later(course.lastChangedOn(), on), course.nextReviewOn(), course.stoppedOn(), course.version()));
        recorded(course.clientId(), courseId, decision, AccessAction.CHANGE, on, "Prescribing dose changed from "
                + mg(course.doseMg()) + " to " + mg(dose) + ": " + reason.strip());
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void changeSupervision(UUID courseId, @Nullable LocalDate on, @Nullable Instalment instalment,
                                  boolean supervised, @Nullable Integer days, @Nullable String reason) {
        Course course = store.load(courseId);
        AccessDecision decision = access.require(course.clientId());
        FieldProblems.Collector problems = PrescribingProblems.collector();
        if (CourseChecks.date(problems, "changedOn", on, LocalDate.now(clock), "the date of the change")) {
            CourseChecks.within(problems, "changedOn", on, course, "the date of the change");
        }
        CourseChecks.supervision(problems, supervised, days);
        CourseChecks.required(problems, "reason", reason, "Enter the reason for the change");
        problems.throwIfAny();
        Instalment collects = instalment == null ? course.instalment() : instalment;
        Integer supervisedDays = supervised ? days : null;
        store.change(courseId, "SUPERVISION", on, null, collects, supervised, supervisedDays, reason.strip());
        store.update(new Course(course.id(), course.clientId(), course.episodeId(), course.medicine(),
                course.doseMg(), collects, supervised, supervisedDays, course.startedOn(),
                later(course.lastChangedOn(), on), course.nextReviewOn(), course.stoppedOn(), course.version()));
        recorded(course.clientId(), courseId, decision, AccessAction.CHANGE, on, "Prescribing supervision changed: "
                + collects.label().toLowerCase() + (supervised ? ", supervised " + days + " days a week"
                : ", unsupervised") + ": " + reason.strip());
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void review(UUID courseId, CourseReview review) {
        Course course = store.load(courseId);
        AccessDecision decision = access.require(course.clientId());
        FieldProblems.Collector problems = PrescribingProblems.collector();
        LocalDate on = review.reviewedOn();
        if (CourseChecks.date(problems, "reviewedOn", on, LocalDate.now(clock), "the date of the review")) {
            CourseChecks.within(problems, "reviewedOn", on, course, "the date of the review");
            if (review.nextReviewOn() != null && !review.nextReviewOn().isAfter(on)) {
                problems.add("nextReviewOn", PrescribingRule.REVIEW_ORDER, "The next review must be after this one");
            }
        }
        CourseChecks.required(problems, "reviewer", review.reviewer(), "Enter who reviewed the course");
        CourseChecks.required(problems, "outcome", review.outcome(), "Enter the outcome of the review");
        problems.throwIfAny();
        store.review(courseId, review);
        store.update(new Course(course.id(), course.clientId(), course.episodeId(), course.medicine(),
                course.doseMg(), course.instalment(), course.supervised(), course.supervisedDays(),
                course.startedOn(), course.lastChangedOn(), course.active() ? review.nextReviewOn()
                : course.nextReviewOn(), course.stoppedOn(), course.version()));
        recorded(course.clientId(), courseId, decision, AccessAction.CHANGE, on, "Prescribing reviewed by "
                + review.reviewer().strip() + ": " + review.outcome().strip());
    }

    @PreAuthorize("hasAuthority('PRESCRIBING_RECORD')")
    @Transactional
    public void stop(UUID courseId, @Nullable LocalDate on, @Nullable String reason) {
        Course course = store.load(courseId);
        AccessDecision decision = access.require(course.clientId());
        FieldProblems.Collector problems = PrescribingProblems.collector();
        if (!course.active()) {
            problems.add("", PrescribingRule.ALREADY_STOPPED, "The course stopped on " + DisplayDate.of(course.stoppedOn()));
        } else if (CourseChecks.date(problems, "stoppedOn", on, LocalDate.now(clock), "the date it stopped")) {
            if (on.isBefore(course.lastChangedOn())) {
                problems.add("stoppedOn", PrescribingRule.BEFORE_START, "The course cannot stop before its last "
                        + "change or start (" + DisplayDate.of(course.lastChangedOn()) + ")");
            }
        }
        CourseChecks.required(problems, "reason", reason, "Enter why the course stopped");
        problems.throwIfAny();
        store.change(courseId, "STOPPED", on, null, null, null, null, reason.strip());
        store.update(new Course(course.id(), course.clientId(), course.episodeId(), course.medicine(),
                course.doseMg(), course.instalment(), course.supervised(), course.supervisedDays(),
                course.startedOn(), on, null, on, course.version()));
        store.stopReason(courseId, reason.strip());
        recorded(course.clientId(), courseId, decision, AccessAction.CHANGE, on, "Prescribing stopped ("
                + medicines.label(course.medicine()) + "): " + reason.strip());
    }

    private void recorded(UUID clientId, UUID courseId, AccessDecision decision, AccessAction action, LocalDate on,
                          String summary) {
        timeline.add(clientId, on, "PRESCRIBING", summary, null, "PRESCRIBING_COURSE", courseId, null);
        log.record(new AccessEvent(action, AuditSubject.of("CLIENT", clientId), decision.basis(), summary));
    }

    static String mg(BigDecimal dose) {
        return dose.stripTrailingZeros().toPlainString() + " mg";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
