package org.onedoor.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How OneDoor writes a day for people, as the GOV.UK style guide does: "3 May 2026". */
public final class DisplayDate {

    /** "3 May 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DisplayDate() {
    }

    /** The day as people read it, or an empty string for none. */
    public static String of(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
