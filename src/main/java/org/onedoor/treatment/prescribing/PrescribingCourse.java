package org.onedoor.treatment.prescribing;

import static org.onedoor.shared.Text.tidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/**
 * A prescribing course, the aggregate its rules live on (ADR 0007, as for episodes): started for an open episode on
 * or after triage, with a dose within the medicine's bounds and a pharmacy named or chosen; then titrated, its
 * supervision changed, reviewed and stopped, each dated within the course; names, reasons and outcomes no longer
 * than their columns. Every method checks everything at once and throws all problems together, or returns the
 * course as it now stands; {@link PrescribingStore} saves it.
 */
final class PrescribingCourse {

    private final Course state;

    PrescribingCourse(Course state) {
        this.state = state;
    }

    /**
     * What starting a course needs besides what was typed, looked up beforehand.
     *
     * @param medicine      the medicine chosen, valid on the start date (or today); null when unknown
     * @param prescriber    the prescriber's organisation from the directory; null when none or unknown
     * @param interventionPharmacological whether the intervention chosen (if any) is a pharmacological one of the
     *                                    episode
     * @param activeCourseOfMedicine whether the client already has an active course of the medicine
     */
    record Facts(
            boolean episodeOpen,
            LocalDate triagedOn,
            Medicines.@Nullable Medicine medicine,
            @Nullable OrganisationSummary prescriber,
            boolean interventionPharmacological,
            boolean activeCourseOfMedicine,
            LocalDate today) {}

    /** The course as typed, checked and tidied; throws every problem at once. */
    static NewCourse start(NewCourse typed, Facts facts) {
        FieldProblems.Collector problems = PrescribingRule.PROBLEMS.collector();
        Medicines.Medicine medicine = facts.medicine();
        String pharmacyCode = CourseChecks.typed(problems, typed, medicine);
        CourseChecks.prescriber(problems, typed.prescriberKind(), facts.prescriber());
        LocalDate on = typed.startedOn();
        if (CourseChecks.date(problems, "startedOn", on, facts.today(), "the start date")) {
            if (on.isBefore(facts.triagedOn())) {
                problems.add(
                        "startedOn",
                        PrescribingRule.START_BEFORE_EPISODE,
                        Messages.text("prescribing.startedOn.startBeforeEpisode", DisplayDate.of(facts.triagedOn())));
            }
            if (typed.nextReviewOn() != null && !typed.nextReviewOn().isAfter(on)) {
                problems.add(
                        "nextReviewOn",
                        PrescribingRule.REVIEW_ORDER,
                        Messages.text("prescribing.nextReviewOn.reviewOrder"));
            }
        }
        if (!facts.episodeOpen()) {
            problems.add("", PrescribingRule.EPISODE_CLOSED, Messages.text("prescribing.record.episodeClosed"));
        }
        if (typed.interventionId() != null && !facts.interventionPharmacological()) {
            problems.add(
                    "interventionId",
                    PrescribingRule.NOT_PHARMACOLOGICAL,
                    Messages.text("prescribing.interventionId.notPharmacological"));
        }
        if (medicine != null && facts.activeCourseOfMedicine()) {
            problems.add(
                    "medicine",
                    PrescribingRule.SECOND_ACTIVE_COURSE,
                    Messages.text("prescribing.medicine.secondActiveCourse", medicine.label()));
        }
        problems.throwIfAny();
        return new NewCourse(
                typed.episodeId(),
                typed.interventionId(),
                medicine.code(),
                tidy(typed.medicineOther()),
                typed.doseMg(),
                typed.instalment(),
                typed.supervised(),
                typed.supervisedDays(),
                tidy(typed.pharmacyName()),
                pharmacyCode,
                typed.pharmacyOrganisation(),
                typed.prescriberKind(),
                typed.prescriberOrganisation(),
                typed.prescriberName().strip(),
                on,
                typed.nextReviewOn());
    }

    /**
     * A course from history ({@link PrescribingImport}): what its start states checked by the same rules as a
     * worker's start (medicine, dose within its bounds, collection, supervision, pharmacy, prescriber, a start not in
     * the future), without the facts of today's episode; its later changes then go through {@link #changeDose},
     * {@link #changeSupervision}, {@link #review} and {@link #stop} as a worker's do. Throws every problem at once.
     */
    static Course imported(
            UUID id, UUID clientId, NewCourse typed, Medicines.@Nullable Medicine medicine, LocalDate today) {
        FieldProblems.Collector problems = PrescribingRule.PROBLEMS.collector();
        CourseChecks.typed(problems, typed, medicine);
        if (typed.prescriberKind() == null) {
            problems.add(
                    "prescriberKind", PrescribingRule.REQUIRED, Messages.text("prescribing.prescriberKind.required"));
        }
        LocalDate on = typed.startedOn();
        if (CourseChecks.date(problems, "startedOn", on, today, "the start date")
                && typed.nextReviewOn() != null
                && !typed.nextReviewOn().isAfter(on)) {
            problems.add(
                    "nextReviewOn",
                    PrescribingRule.REVIEW_ORDER,
                    Messages.text("prescribing.nextReviewOn.reviewOrder"));
        }
        problems.throwIfAny();
        return new Course(
                id,
                clientId,
                typed.episodeId().value(),
                medicine.code(),
                typed.doseMg(),
                typed.instalment(),
                typed.supervised(),
                typed.supervised() ? typed.supervisedDays() : null,
                on,
                on,
                typed.nextReviewOn(),
                null,
                1);
    }

    Course state() {
        return state;
    }

    /** Titration: a new daily dose within the medicine's bounds, dated within the course, with a reason. */
    Course changeDose(
            @Nullable LocalDate on,
            @Nullable BigDecimal dose,
            @Nullable String reason,
            Medicines.@Nullable Medicine medicine,
            LocalDate today) {
        FieldProblems.Collector problems = PrescribingRule.PROBLEMS.collector();
        dated(problems, "changedOn", on, today, "the date of the change");
        CourseChecks.dose(problems, "doseMg", dose, medicine);
        problems.required("reason", reason, 500, Messages.text("prescribing.reason.required"));
        problems.throwIfAny();
        return new Course(
                state.id(),
                state.clientId(),
                state.episodeId(),
                state.medicine(),
                dose,
                state.instalment(),
                state.supervised(),
                state.supervisedDays(),
                state.startedOn(),
                later(state.lastChangedOn(), on),
                state.nextReviewOn(),
                state.stoppedOn(),
                state.version());
    }

    /** How often the client collects (unchanged when not given) and whether consumption is supervised. */
    Course changeSupervision(
            @Nullable LocalDate on,
            @Nullable Instalment instalment,
            boolean supervised,
            @Nullable Integer days,
            @Nullable String reason,
            LocalDate today) {
        FieldProblems.Collector problems = PrescribingRule.PROBLEMS.collector();
        dated(problems, "changedOn", on, today, "the date of the change");
        CourseChecks.supervision(problems, supervised, days);
        problems.required("reason", reason, 500, Messages.text("prescribing.reason.required.enterReasonChange"));
        problems.throwIfAny();
        return new Course(
                state.id(),
                state.clientId(),
                state.episodeId(),
                state.medicine(),
                state.doseMg(),
                instalment == null ? state.instalment() : instalment,
                supervised,
                supervised ? days : null,
                state.startedOn(),
                later(state.lastChangedOn(), on),
                state.nextReviewOn(),
                state.stoppedOn(),
                state.version());
    }

    /** A review within the course, by someone, with an outcome; the next review (if any) after it. */
    Course review(CourseReview review, LocalDate today) {
        FieldProblems.Collector problems = PrescribingRule.PROBLEMS.collector();
        LocalDate on = review.reviewedOn();
        if (dated(problems, "reviewedOn", on, today, "the date of the review")
                && review.nextReviewOn() != null
                && !review.nextReviewOn().isAfter(on)) {
            problems.add(
                    "nextReviewOn",
                    PrescribingRule.REVIEW_ORDER,
                    Messages.text("prescribing.nextReviewOn.reviewOrder.nextReviewMust"));
        }
        problems.required("reviewer", review.reviewer(), 160, Messages.text("prescribing.reviewer.required"));
        problems.required("outcome", review.outcome(), 1000, Messages.text("prescribing.outcome.required"));
        problems.throwIfAny();
        return new Course(
                state.id(),
                state.clientId(),
                state.episodeId(),
                state.medicine(),
                state.doseMg(),
                state.instalment(),
                state.supervised(),
                state.supervisedDays(),
                state.startedOn(),
                state.lastChangedOn(),
                state.active() ? review.nextReviewOn() : state.nextReviewOn(),
                state.stoppedOn(),
                state.version());
    }

    /** Stopping an active course, no earlier than its last change or start, with the reason. */
    Course stop(@Nullable LocalDate on, @Nullable String reason, LocalDate today) {
        FieldProblems.Collector problems = PrescribingRule.PROBLEMS.collector();
        if (!state.active()) {
            problems.add(
                    "",
                    PrescribingRule.ALREADY_STOPPED,
                    Messages.text("prescribing.record.alreadyStopped", DisplayDate.of(state.stoppedOn())));
        } else if (CourseChecks.date(problems, "stoppedOn", on, today, "the date it stopped")
                && on.isBefore(state.lastChangedOn())) {
            problems.add(
                    "stoppedOn",
                    PrescribingRule.BEFORE_START,
                    Messages.text("prescribing.stoppedOn.beforeStart", DisplayDate.of(state.lastChangedOn())));
        }
        problems.required("reason", reason, 500, Messages.text("prescribing.reason.required.enterWhyCourse"));
        problems.throwIfAny();
        return new Course(
                state.id(),
                state.clientId(),
                state.episodeId(),
                state.medicine(),
                state.doseMg(),
                state.instalment(),
                state.supervised(),
                state.supervisedDays(),
                state.startedOn(),
                on,
                null,
                on,
                state.version());
    }

    /** A date given, not in the future and within the course; says whether it can be compared further. */
    private boolean dated(
            FieldProblems.Collector problems, String field, @Nullable LocalDate on, LocalDate today, String what) {
        if (!CourseChecks.date(problems, field, on, today, what)) {
            return false;
        }
        CourseChecks.within(problems, field, on, state, what);
        return true;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
