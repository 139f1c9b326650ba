package org.onedoor.partnership;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A GOV.UK three-field date as typed: day, month and year kept as text, so a form shows back exactly what was typed
 * even when it is not a real date. Bound from {@code <field>.day}, {@code <field>.month} and {@code <field>.year}.
 */
record DirectoryDateForm(@Nullable String day, @Nullable String month, @Nullable String year) {

    static DirectoryDateForm of(@Nullable LocalDate date) {
        return date == null ? new DirectoryDateForm(null, null, null)
                : new DirectoryDateForm(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    static boolean isBlank(@Nullable DirectoryDateForm date) {
        return date == null || (blank(date.day) && blank(date.month) && blank(date.year));
    }

    /** The date typed, or empty when any part is missing or the three parts make no real date (31 2 2026). */
    static Optional<LocalDate> parse(@Nullable DirectoryDateForm date) {
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
