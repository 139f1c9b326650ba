package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;

import org.onedoor.shared.FieldProblems;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;

import static org.onedoor.treatment.harmreduction.HarmReductionTypes.label;

/**
 * A blood-borne-virus test or vaccination as recorded, the aggregate its rules live on (ADR 0007): a virus, a kind and
 * a status; a date within the last 3 years and not in the future; vaccination only against hepatitis B, with a dose
 * (1 to 3) once given and never a result; a test with a result once done and never a dose; a result or dose only
 * when done.
 */
final class BloodBorneVirusEntry {

    private final BbvEntry entry;

    private BloodBorneVirusEntry(BbvEntry entry) {
        this.entry = entry;
    }

    /** The entry as typed, checked; throws every problem at once. */
    static BloodBorneVirusEntry record(BbvEntry entry, LocalDate today) {
        FieldProblems.Collector problems = HarmReductionTypes.PROBLEMS.collector();
        if (entry.virus() == null) {
            problems.add("virus", "REQUIRED", "Choose hepatitis B, hepatitis C or HIV");
        }
        if (entry.kind() == null) {
            problems.add("kind", "REQUIRED", "Choose a test or a vaccination");
        }
        if (entry.status() == null) {
            problems.add("status", "REQUIRED", "Choose offered, accepted, refused or done");
        }
        Dates.check(problems, "recordedOn", "The date", entry.recordedOn(), today);
        kindRules(problems, entry);
        problems.throwIfAny();
        return new BloodBorneVirusEntry(entry);
    }

    /**
     * An entry from history ({@link HarmReductionImport}): the same rules of virus, kind, status, result and dose,
     * checked as a worker's entry is, without the 3-year window (history may be older).
     */
    static BloodBorneVirusEntry imported(BbvEntry entry) {
        FieldProblems.Collector problems = HarmReductionTypes.PROBLEMS.collector();
        kindRules(problems, entry);
        problems.throwIfAny();
        return new BloodBorneVirusEntry(entry);
    }

    private static void kindRules(FieldProblems.Collector problems, BbvEntry entry) {
        boolean done = entry.status() == BbvStatus.DONE;
        if (entry.kind() == BbvKind.VACCINATION) {
            if (entry.virus() != null && entry.virus() != Virus.HEP_B) {
                problems.add("virus", "NO_VACCINE", "There is no vaccination for " + label(entry.virus())
                        + ": record a test instead");
            }
            if (done && entry.dose() == null) {
                problems.add("dose", "REQUIRED", "Choose which dose was given (1, 2 or 3)");
            }
            if (entry.result() != null) {
                problems.add("result", "NOT_A_TEST", "A vaccination has no result");
            }
        } else if (entry.kind() == BbvKind.TEST) {
            if (entry.dose() != null || entry.courseCompleted()) {
                problems.add("dose", "NOT_A_VACCINATION", "Doses and course completion are for vaccinations");
            }
            if (done && entry.result() == null) {
                problems.add("result", "REQUIRED", "Choose the result of the test");
            }
        }
        if (!done && (entry.result() != null || entry.dose() != null)) {
            problems.add("status", "NOT_DONE", "A result or dose is recorded only when the test or dose was done");
        }
        if (entry.dose() != null && (entry.dose() < 1 || entry.dose() > 3)) {
            problems.add("dose", "OUT_OF_RANGE", "The dose must be 1, 2 or 3");
        }
    }

    BbvEntry entry() {
        return entry;
    }

    /** What the client's timeline shows (sealed): the virus, the status, and the dose or result when there is one. */
    String summary() {
        String what = (entry.kind() == BbvKind.TEST ? "Test for " : "Vaccination against ") + label(entry.virus());
        return what + ": " + label(entry.status()) + (entry.dose() == null ? "" : ", dose " + entry.dose())
                + (entry.result() == null ? "" : ", result " + label(entry.result()))
                + (entry.courseCompleted() ? ", course completed" : "");
    }
}
