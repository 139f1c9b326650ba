package org.onedoor.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How OneDoor writes a day (and a time) for people, as the GOV.UK style guide does: "3 May 2026". */
public final class DisplayDate {

    /** "3 May 2026". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "3 May 2026 at 14:30", for a local date and time (an appointment, a group session). */
    public static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private DisplayDate() {}

    /** The day as people read it, or an empty string for none. */
    public static String of(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
