package org.onedoor.treatment.harmreduction;

import static org.onedoor.treatment.harmreduction.HarmReductionTypes.label;

import java.time.LocalDate;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvEntry;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvKind;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.BbvStatus;
import org.onedoor.treatment.harmreduction.HarmReductionTypes.Virus;

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
            problems.add("virus", "REQUIRED", Messages.text("harmReduction.virus.required"));
        }
        if (entry.kind() == null) {
            problems.add("kind", "REQUIRED", Messages.text("harmReduction.kind.required"));
        }
        if (entry.status() == null) {
            problems.add("status", "REQUIRED", Messages.text("harmReduction.status.required"));
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
                problems.add(
                        "virus", "NO_VACCINE", Messages.text("harmReduction.virus.noVaccine", label(entry.virus())));
            }
            if (done && entry.dose() == null) {
                problems.add("dose", "REQUIRED", Messages.text("harmReduction.dose.required"));
            }
            if (entry.result() != null) {
                problems.add("result", "NOT_A_TEST", Messages.text("harmReduction.result.notATest"));
            }
        } else if (entry.kind() == BbvKind.TEST) {
            if (entry.dose() != null || entry.courseCompleted()) {
                problems.add("dose", "NOT_A_VACCINATION", Messages.text("harmReduction.dose.notAVaccination"));
            }
            if (done && entry.result() == null) {
                problems.add("result", "REQUIRED", Messages.text("harmReduction.result.required"));
            }
        }
        if (!done && (entry.result() != null || entry.dose() != null)) {
            problems.add("status", "NOT_DONE", Messages.text("harmReduction.status.notDone"));
        }
        if (entry.dose() != null && (entry.dose() < 1 || entry.dose() > 3)) {
            problems.add("dose", "OUT_OF_RANGE", Messages.text("harmReduction.dose.outOfRange"));
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
