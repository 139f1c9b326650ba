package org.onedoor.treatment.groupwork;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A GOV.UK three-field date as typed, kept as text so the form shows back what was typed. */
public record FormDate(@Nullable String day, @Nullable String month, @Nullable String year) {

    public static FormDate of(@Nullable LocalDate date) {
        return date == null ? new FormDate(null, null, null) : new FormDate(String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return empty(day) && empty(month) && empty(year);
    }

    /** The date typed, or empty when a part is missing or the parts make no real date. */
    public Optional<LocalDate> parse() {
        try {
            String y = year == null ? "" : year.strip();
            if (!y.matches("[0-9]{4}")) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(y), number(month), number(day)));
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

    private static boolean empty(@Nullable String part) {
        return part == null || part.isBlank();
    }
}
