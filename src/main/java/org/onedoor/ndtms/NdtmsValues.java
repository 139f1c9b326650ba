package org.onedoor.ndtms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How one NDTMS value is read by its field's type: {@code NA} or empty is unknown; dates are {@code dd/MM/yyyy}
 * (or ISO {@code yyyy-MM-dd}), checked strictly; codes must be in the field's list; numbers are plain decimals.
 * Any value longer than {@value #MAX_LENGTH} characters or holding a control character is refused.
 */
final class NdtmsValues {

    static final String UNKNOWN = "NA";
    static final int MAX_LENGTH = 200;
    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    private final NdtmsSchema schema;

    NdtmsValues(NdtmsSchema schema) {
        this.schema = schema;
    }

    /** The typed value of a field, null when unknown or not valid (then a problem is added). */
    @Nullable
    Object read(NdtmsField field, String raw, int line, List<NdtmsProblem> problems) {
        String value = raw.strip();
        if (value.isEmpty() || value.equals(UNKNOWN)) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            problems.add(NdtmsProblem.of(NdtmsRule.TOO_LONG, line, field.code(), MAX_LENGTH));
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            problems.add(NdtmsProblem.of(NdtmsRule.CONTROL_CHARACTER, line, field.code()));
            return null;
        }
        return switch (field.type()) {
            case TEXT -> value;
            case DATE -> date(field, value, line, problems);
            case NUMBER -> number(field, value, line, problems);
            case CODE -> code(field, value, line, problems);
        };
    }

    private static @Nullable LocalDate date(NdtmsField field, String value, int line, List<NdtmsProblem> problems) {
        try {
            return LocalDate.parse(value, value.contains("/") ? DAY : ISO);
        } catch (DateTimeParseException e) {
            problems.add(NdtmsProblem.of(NdtmsRule.NOT_A_DATE, line, field.code(), value));
            return null;
        }
    }

    private static @Nullable BigDecimal number(NdtmsField field, String value, int line, List<NdtmsProblem> problems) {
        if (NUMBER.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        problems.add(NdtmsProblem.of(NdtmsRule.NOT_A_NUMBER, line, field.code(), value));
        return null;
    }

    private @Nullable String code(NdtmsField field, String value, int line, List<NdtmsProblem> problems) {
        String code = value.toUpperCase(Locale.ROOT);
        if (field.codeList() != null && schema.hasCode(field.codeList(), code)) {
            return code;
        }
        problems.add(NdtmsProblem.of(NdtmsRule.UNKNOWN_CODE, line, field.code(), value, field.codeList()));
        return null;
    }

    /** A value as a file writes it: dates dd/MM/yyyy, numbers plain, unknown {@code NA}. */
    static String write(@Nullable Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof LocalDate date) {
            return DAY.format(date);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = value.toString();
        return text.isBlank() ? UNKNOWN : text;
    }
}
