package org.onedoor.treatment.prescribing;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A GOV.UK three-field date as typed, bound from {@code <field>.day}, {@code .month} and {@code .year}. */
public record FormDate(@Nullable String day, @Nullable String month, @Nullable String year) {

    public static FormDate of(@Nullable LocalDate date) {
        return date == null ? new FormDate(null, null, null) : new FormDate(String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    public boolean blank() {
        return empty(day) && empty(month) && empty(year);
    }

    public Optional<LocalDate> parse() {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }

    private static boolean empty(@Nullable String part) {
        return part == null || part.isBlank();
    }

}
