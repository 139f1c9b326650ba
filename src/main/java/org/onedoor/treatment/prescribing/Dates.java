package org.onedoor.treatment.prescribing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as messages and the timeline show them: "3 May 2026". */
final class Dates {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String text(LocalDate date) {
        return TEXT.format(date);
    }
}
