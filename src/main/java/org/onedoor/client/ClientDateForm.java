package org.onedoor.client;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A GOV.UK three-field date as typed, kept as text so the form shows back exactly what was typed even when it is no
 * real date. Bound from {@code <field>.day}, {@code <field>.month} and {@code <field>.year}.
 */
record ClientDateForm(@Nullable String day, @Nullable String month, @Nullable String year) {

    static ClientDateForm of(@Nullable LocalDate date) {
        return date == null ? new ClientDateForm(null, null, null)
                : new ClientDateForm(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date typed, or null when a part is missing or the parts make no real date (31 2 1990). */
    @Nullable LocalDate toDate() {
        try {
            String y = year == null ? "" : year.strip();
            if (!y.matches("[0-9]{4}")) {
                return null;
            }
            return LocalDate.of(Integer.parseInt(y), number(month), number(day));
        } catch (NumberFormatException | DateTimeException notADate) {
            return null;
        }
    }

    private static int number(@Nullable String part) {
        String text = part == null ? "" : part.strip();
        if (!text.matches("[0-9]{1,2}")) {
            throw new NumberFormatException(text);
        }
        return Integer.parseInt(text);
    }

    private static boolean blank(@Nullable String part) {
        return part == null || part.isBlank();
    }
}
