package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.DisplayDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.shared.OdsCode;
import org.onedoor.shared.Text;

/** The pure rules of a course: dose bounds, dates in order and not in the future, supervision days, prescribers. */
final class CourseChecks {

    private CourseChecks() {}

    /**
     * What a start states, checked alike for a worker's start and an imported one: the medicine (and its name when
     * other), the dose within its bounds, how often the client collects, supervision, the pharmacy named or chosen
     * with a valid ODS code, the prescriber's name. Returns the pharmacy's ODS code normalised (null when none).
     */
    static @Nullable String typed(
            FieldProblems.Collector problems, NewCourse typed, Medicines.@Nullable Medicine medicine) {
        if (medicine == null) {
            problems.add("medicine", PrescribingRule.UNKNOWN_CODE, Messages.text("prescribing.medicine.unknownCode"));
        } else if ("OTHER".equals(medicine.code())) {
            problems.required(
                    "medicineOther", typed.medicineOther(), 200, Messages.text("prescribing.medicineOther.required"));
        }
        if (medicine == null || !"OTHER".equals(medicine.code())) {
            problems.optional("medicineOther", typed.medicineOther(), 200);
        }
        dose(problems, "doseMg", typed.doseMg(), medicine);
        if (typed.instalment() == null) {
            problems.add("instalment", PrescribingRule.REQUIRED, Messages.text("prescribing.instalment.required"));
        }
        supervision(problems, typed.supervised(), typed.supervisedDays());
        if (typed.pharmacyOrganisation() == null) {
            problems.required(
                    "pharmacyName", typed.pharmacyName(), 200, Messages.text("prescribing.pharmacyName.required"));
        } else {
            problems.optional("pharmacyName", typed.pharmacyName(), 200);
        }
        String pharmacyCode =
                OdsCode.parse(typed.pharmacyCode()).map(OdsCode::value).orElse(null);
        if (pharmacyCode == null && Text.tidy(typed.pharmacyCode()) != null) {
            problems.add(
                    "pharmacyCode",
                    PrescribingRule.UNKNOWN_CODE,
                    Messages.text("prescribing.pharmacyCode.unknownCode"));
        }
        problems.required(
                "prescriberName", typed.prescriberName(), 160, Messages.text("prescribing.prescriberName.required"));
        return pharmacyCode;
    }

    static void dose(
            FieldProblems.Collector problems,
            String field,
            @Nullable BigDecimal dose,
            Medicines.@Nullable Medicine medicine) {
        if (dose == null) {
            problems.add(field, PrescribingRule.REQUIRED, Messages.text("prescribing.dose.required"));
        } else if (dose.signum() <= 0) {
            problems.add(field, PrescribingRule.DOSE_OUT_OF_BOUNDS, Messages.text("prescribing.dose.notPositive"));
        } else if (medicine != null && !medicine.allows(dose)) {
            problems.add(field, PrescribingRule.DOSE_OUT_OF_BOUNDS, medicine.boundsMessage());
        }
    }

    /** A date that must be given, not in the future. Says whether it can be compared further. */
    static boolean date(
            FieldProblems.Collector problems, String field, @Nullable LocalDate date, LocalDate today, String what) {
        if (date == null) {
            problems.add(field, PrescribingRule.REQUIRED, Messages.text("prescribing.date.required", what));
            return false;
        }
        if (date.isAfter(today)) {
            problems.add(
                    field,
                    PrescribingRule.DATE_IN_FUTURE,
                    Messages.text("prescribing.date.dateInFuture", capitalised(what)));
            return false;
        }
        return true;
    }

    /** A change to a course: on or after its start, and not after its stop. */
    static void within(FieldProblems.Collector problems, String field, LocalDate on, Course course, String what) {
        if (on.isBefore(course.startedOn())) {
            problems.add(
                    field,
                    PrescribingRule.BEFORE_START,
                    Messages.text(
                            "prescribing.date.beforeStart", capitalised(what), DisplayDate.of(course.startedOn())));
        } else if (course.stoppedOn() != null && on.isAfter(course.stoppedOn())) {
            problems.add(
                    field,
                    PrescribingRule.AFTER_STOP,
                    Messages.text("prescribing.date.afterStop", capitalised(what), DisplayDate.of(course.stoppedOn())));
        }
    }

    static void supervision(FieldProblems.Collector problems, boolean supervised, @Nullable Integer days) {
        if (supervised && (days == null || days < 1 || days > 7)) {
            problems.add(
                    "supervisedDays",
                    PrescribingRule.SUPERVISED_DAYS,
                    Messages.text("prescribing.supervisedDays.supervisedDays"));
        }
    }

    /** A GP practice prescribes in shared care; a specialist works for the lead provider or a partner provider. */
    static void prescriber(
            FieldProblems.Collector problems, @Nullable PrescriberKind kind, @Nullable OrganisationSummary found) {
        if (kind == null) {
            problems.add(
                    "prescriberKind", PrescribingRule.REQUIRED, Messages.text("prescribing.prescriberKind.required"));
        } else if (found == null) {
            problems.add(
                    "prescriberOrganisation",
                    PrescribingRule.REQUIRED,
                    Messages.text("prescribing.prescriberOrganisation.required"));
        } else if (kind == PrescriberKind.GP_PRACTICE && !found.type().isPractice()) {
            problems.add(
                    "prescriberOrganisation",
                    PrescribingRule.WRONG_PRESCRIBER,
                    Messages.text("prescribing.prescriberOrganisation.wrongPrescriber"));
        } else if (kind == PrescriberKind.SPECIALIST
                && found.type() != OrganisationType.LEAD_PROVIDER
                && found.type() != OrganisationType.PARTNER_PROVIDER) {
            problems.add(
                    "prescriberOrganisation",
                    PrescribingRule.WRONG_PRESCRIBER,
                    Messages.text("prescribing.prescriberOrganisation.wrongPrescriber.specialistPrescriberWorks"));
        }
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
