package org.onedoor.monitoring.alerts;

import static org.onedoor.shared.Text.tidy;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/**
 * A report of an unusual reaction or drug effect as a member of staff made it: what substance, what happened, where
 * and when, how serious, and optionally the reference of the client it concerns.
 */
public record NewDrugEffectReport(
        @Nullable String substance,
        @Nullable String whatHappened,
        @Nullable String place,
        @Nullable LocalDate happenedOn,
        @Nullable EffectSeverity severity,
        @Nullable String clientReference) {

    static final int MAX_SUBSTANCE = 100;
    static final int MAX_WHAT_HAPPENED = 2000;
    static final int MAX_PLACE = 200;
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("DRUG_EFFECT_REPORT_INVALID", "report");

    public NewDrugEffectReport {
        substance = tidy(substance);
        whatHappened = tidy(whatHappened);
        place = tidy(place);
        clientReference = tidy(clientReference);
    }

    /** Every problem at once, on the collector: nothing is saved while any remains. */
    void check(LocalDate today, FieldProblems.Collector problems) {
        problems.required("substance", substance, MAX_SUBSTANCE, Messages.text("monitoring.substance.required"));
        if (substance != null && (substance.contains("\n") || substance.contains("\r"))) {
            problems.add("substance", "ONE_LINE", Messages.text("monitoring.substance.oneLine"));
        }
        problems.required(
                "whatHappened", whatHappened, MAX_WHAT_HAPPENED, Messages.text("monitoring.whatHappened.required"));
        problems.optional("place", place, MAX_PLACE);
        if (happenedOn == null) {
            problems.add("happenedOn", "REQUIRED", Messages.text("monitoring.happenedOn.required"));
        } else if (happenedOn.isAfter(today)) {
            problems.add("happenedOn", "IN_FUTURE", Messages.text("monitoring.happenedOn.future"));
        } else if (happenedOn.isBefore(today.minusYears(1))) {
            problems.add("happenedOn", "TOO_OLD", Messages.text("monitoring.happenedOn.tooOld"));
        }
        if (severity == null) {
            problems.add("severity", "REQUIRED", Messages.text("monitoring.severity.required"));
        }
    }
}
