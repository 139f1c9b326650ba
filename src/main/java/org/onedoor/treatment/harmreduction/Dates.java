package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;
import org.onedoor.shared.Messages;

/** The date rules every harm-reduction entry follows: given, not in the future, within the last 3 years. */
final class Dates {

    private Dates() {}

    static void check(
            FieldProblems.Collector problems, String field, String what, @Nullable LocalDate date, LocalDate today) {
        if (date == null) {
            problems.add(field, "REQUIRED", Messages.text("harmReduction.date.required", what.toLowerCase()));
        } else if (date.isAfter(today)) {
            problems.add(field, "DATE_IN_FUTURE", Messages.text("harmReduction.date.dateInFuture", what));
        } else if (date.isBefore(today.minusYears(3))) {
            problems.add(field, "DATE_TOO_EARLY", Messages.text("harmReduction.date.dateTooEarly", what));
        }
    }
}
