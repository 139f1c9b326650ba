package org.onedoor.treatment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A GOV.UK three-field date as typed, kept as text so the form shows back exactly what was typed, even "31 2 2026".
 * Bound from {@code <field>.day}, {@code <field>.month} and {@code <field>.year}.
 */
record FormDate(@Nullable String day, @Nullable String month, @Nullable String year) {

    static FormDate of(@Nullable LocalDate date) {
        return date == null ? new FormDate(null, null, null)
                : new FormDate(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    static boolean isBlank(@Nullable FormDate date) {
        return date == null || (blank(date.day) && blank(date.month) && blank(date.year));
    }

    /** The date typed, or empty when a part is missing or the parts make no real date (31 2 2026). */
    static Optional<LocalDate> parse(@Nullable FormDate date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            String year = date.year == null ? "" : date.year.strip();
            if (!year.matches("[0-9]{4}")) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(year), number(date.month), number(date.day)));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
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
