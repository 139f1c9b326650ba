package org.onedoor.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

/**
 * A GOV.UK three-field date as typed: day, month and year kept as text, so a form shows back exactly what was typed
 * even when it is not a real date ("31 2 2026"). Bound from {@code <field>.day}, {@code <field>.month} and
 * {@code <field>.year}, so the component names must stay day, month and year.
 */
public record TypedDate(
        @Nullable String day,
        @Nullable String month,
        @Nullable String year) {

    /** The problem code of a date that is typed but is no real date. */
    public static final String DATE_INVALID = "DATE_INVALID";

    /** The date's three parts, or three empty fields for none. */
    public static TypedDate of(@Nullable LocalDate date) {
        return date == null
                ? new TypedDate(null, null, null)
                : new TypedDate(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    /** True when nothing was typed in any of the three fields (or the date was not sent at all). */
    public static boolean isBlank(@Nullable TypedDate date) {
        return date == null || (blank(date.day) && blank(date.month) && blank(date.year));
    }

    /**
     * The date typed, or empty when a part is missing or the parts make no real date (31 2 2026): the year must be
     * four digits, the day and month one or two.
     */
    public static Optional<LocalDate> parse(@Nullable TypedDate date) {
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

    /**
     * Reads an optional date for a form: null when blank; when typed but no real date, null and a
     * {@value #DATE_INVALID} problem at {@code field}: "{whatDate} must be a real date, like {example}".
     */
    public static @Nullable LocalDate read(
            @Nullable TypedDate typed, String field, String whatDate, String example, List<FieldProblem> problems) {
        if (isBlank(typed)) {
            return null;
        }
        Optional<LocalDate> date = parse(typed);
        if (date.isEmpty()) {
            problems.add(new FieldProblem(field, DATE_INVALID, notADate(whatDate, example)));
        }
        return date.orElse(null);
    }

    /** The message for a date that is typed but is no real date, as every form words it. */
    public static String notADate(String whatDate, String example) {
        return whatDate + " must be a real date, like " + example;
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
