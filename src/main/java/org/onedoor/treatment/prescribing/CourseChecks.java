package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.onedoor.partnership.OdsCode;
import org.onedoor.partnership.OrganisationSummary;
import org.onedoor.partnership.OrganisationType;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.DisplayDate;

/** The pure rules of a course: dose bounds, dates in order and not in the future, supervision days, prescribers. */
final class CourseChecks {

    private CourseChecks() {
    }

    /**
     * What a start states, checked alike for a worker's start and an imported one: the medicine (and its name when
     * other), the dose within its bounds, how often the client collects, supervision, the pharmacy named or chosen
     * with a valid ODS code, the prescriber's name. Returns the pharmacy's ODS code normalised (null when none).
     */
    static @Nullable String typed(FieldProblems.Collector problems, NewCourse typed,
                                  Medicines.@Nullable Medicine medicine) {
        if (medicine == null) {
            problems.add("medicine", PrescribingRule.UNKNOWN_CODE, "Choose the medicine from the list");
        } else if ("OTHER".equals(medicine.code())) {
            problems.required("medicineOther", typed.medicineOther(), 200, "Enter the name of the medicine");
        }
        if (medicine == null || !"OTHER".equals(medicine.code())) {
            problems.optional("medicineOther", typed.medicineOther(), 200);
        }
        dose(problems, "doseMg", typed.doseMg(), medicine);
        if (typed.instalment() == null) {
            problems.add("instalment", PrescribingRule.REQUIRED, "Choose how often the client collects");
        }
        supervision(problems, typed.supervised(), typed.supervisedDays());
        if (typed.pharmacyOrganisation() == null) {
            problems.required("pharmacyName", typed.pharmacyName(), 200,
                    "Enter the dispensing pharmacy's name, or choose it from the directory");
        } else {
            problems.optional("pharmacyName", typed.pharmacyName(), 200);
        }
        String pharmacyCode = typed.pharmacyCode() == null || typed.pharmacyCode().isBlank() ? null
                : OdsCode.normalise(typed.pharmacyCode());
        if (pharmacyCode != null && !OdsCode.isOrganisationCode(pharmacyCode)) {
            problems.add("pharmacyCode", PrescribingRule.UNKNOWN_CODE,
                    "The pharmacy's ODS code is 3 to 8 letters and digits, for example FA123");
        }
        problems.required("prescriberName", typed.prescriberName(), 160, "Enter the prescriber's name");
        return pharmacyCode;
    }

    static void dose(FieldProblems.Collector problems, String field, @Nullable BigDecimal dose,
                     Medicines.@Nullable Medicine medicine) {
        if (dose == null) {
            problems.add(field, PrescribingRule.REQUIRED, "Enter the daily dose in mg, for example 30");
        } else if (dose.signum() <= 0) {
            problems.add(field, PrescribingRule.DOSE_OUT_OF_BOUNDS, "The dose must be more than 0 mg");
        } else if (medicine != null && !medicine.allows(dose)) {
            problems.add(field, PrescribingRule.DOSE_OUT_OF_BOUNDS, medicine.boundsMessage());
        }
    }

    /** A date that must be given, not in the future. Says whether it can be compared further. */
    static boolean date(FieldProblems.Collector problems, String field, @Nullable LocalDate date, LocalDate today,
                        String what) {
        if (date == null) {
            problems.add(field, PrescribingRule.REQUIRED, "Enter " + what);
            return false;
        }
        if (date.isAfter(today)) {
            problems.add(field, PrescribingRule.DATE_IN_FUTURE, capitalised(what) + " must be today or in the past");
            return false;
        }
        return true;
    }

    /** A change to a course: on or after its start, and not after its stop. */
    static void within(FieldProblems.Collector problems, String field, LocalDate on, Course course, String what) {
        if (on.isBefore(course.startedOn())) {
            problems.add(field, PrescribingRule.BEFORE_START, capitalised(what) + " must be on or after the start of "
                    + "the course (" + DisplayDate.of(course.startedOn()) + ")");
        } else if (course.stoppedOn() != null && on.isAfter(course.stoppedOn())) {
            problems.add(field, PrescribingRule.AFTER_STOP, capitalised(what) + " must not be after the course "
                    + "stopped (" + DisplayDate.of(course.stoppedOn()) + ")");
        }
    }

    static void supervision(FieldProblems.Collector problems, boolean supervised, @Nullable Integer days) {
        if (supervised && (days == null || days < 1 || days > 7)) {
            problems.add("supervisedDays", PrescribingRule.SUPERVISED_DAYS,
                    "Enter how many days a week consumption is supervised, from 1 to 7");
        }
    }

    /** A GP practice prescribes in shared care; a specialist works for the lead provider or a partner provider. */
    static void prescriber(FieldProblems.Collector problems, @Nullable PrescriberKind kind,
                           @Nullable OrganisationSummary found) {
        if (kind == null) {
            problems.add("prescriberKind", PrescribingRule.REQUIRED,
                    "Choose whether a GP practice or a specialist prescribes");
        } else if (found == null) {
            problems.add("prescriberOrganisation", PrescribingRule.REQUIRED, "Choose the prescriber's organisation");
        } else if (kind == PrescriberKind.GP_PRACTICE && !found.type().isPractice()) {
            problems.add("prescriberOrganisation", PrescribingRule.WRONG_PRESCRIBER,
                    "A shared-care prescriber must be a GP practice");
        } else if (kind == PrescriberKind.SPECIALIST && found.type() != OrganisationType.LEAD_PROVIDER
                && found.type() != OrganisationType.PARTNER_PROVIDER) {
            problems.add("prescriberOrganisation", PrescribingRule.WRONG_PRESCRIBER,
                    "A specialist prescriber works for the lead provider or a partner provider");
        }
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
