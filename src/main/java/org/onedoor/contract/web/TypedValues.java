package org.onedoor.contract.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onedoor.contract.rules.FinancialYear;
import org.onedoor.shared.Messages;

/**
 * Reads what was typed on the contract editor, each value at its field: a problem goes to {@link EditorProblems}
 * with a message that names the setting and shows an example, and the value read is null. Money may be typed as
 * people write it ("£1,000.50"), whole numbers with thousands separators ("3,300"), percentages with "%".
 */
final class TypedValues {

    private final EditorProblems problems;

    TypedValues(EditorProblems problems) {
        this.problems = problems;
    }

    EditorProblems problems() {
        return problems;
    }

    static boolean blank(@Nullable String typed) {
        return typed == null || typed.isBlank();
    }

    /** Required text of at most {@code max} characters, stripped. */
    @Nullable
    String text(String field, @Nullable String typed, String what, int max) {
        if (blank(typed)) {
            problems.add(field, Messages.text("contract.value.required", what));
            return null;
        }
        if (typed.strip().length() > max) {
            problems.add(field, Messages.text("contract.value.tooLong", capitalised(what), max));
            return null;
        }
        return typed.strip();
    }

    /** Pounds and pence; negative amounts are read, for the rule checks to refuse with their own message. */
    @Nullable
    BigDecimal money(String field, @Nullable String typed, String what) {
        if (blank(typed)) {
            problems.add(field, Messages.text("contract.money.required", what));
            return null;
        }
        String text = typed.strip().replace("£", "").replace(",", "").replace(" ", "");
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.stripTrailingZeros().scale() > 2) {
                problems.add(field, Messages.text("contract.money.tooManyDecimals", capitalised(what)));
                return null;
            }
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(field, Messages.text("contract.money.invalid", capitalised(what), typed.strip()));
            return null;
        }
    }

    @Nullable
    BigDecimal optionalMoney(String field, @Nullable String typed, String what) {
        return blank(typed) ? null : money(field, typed, what);
    }

    /** A whole number from {@code min} to {@code max}. */
    @Nullable
    Integer whole(String field, @Nullable String typed, String what, int min, int max) {
        if (blank(typed)) {
            problems.add(field, Messages.text("contract.whole.required", what));
            return null;
        }
        try {
            int value = Integer.parseInt(typed.strip().replace(",", ""));
            if (value < min || value > max) {
                problems.add(field, Messages.text("contract.whole.outOfRange", capitalised(what), min, max, value));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(field, Messages.text("contract.whole.invalid", capitalised(what), min, max, typed.strip()));
            return null;
        }
    }

    /** A number (a percentage, a KPI threshold); a trailing % is allowed. */
    @Nullable
    BigDecimal decimal(String field, @Nullable String typed, String what) {
        if (blank(typed)) {
            problems.add(field, Messages.text("contract.decimal.required", what));
            return null;
        }
        try {
            return new BigDecimal(
                    typed.strip().replace("%", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            problems.add(field, Messages.text("contract.decimal.invalid", capitalised(what), typed.strip()));
            return null;
        }
    }

    /** A month as 2026-04 or 4/2026; blank gives {@code whenBlank}. */
    @Nullable
    YearMonth month(String field, @Nullable String typed, String what, @Nullable YearMonth whenBlank) {
        if (blank(typed)) {
            if (whenBlank == null) {
                problems.add(field, Messages.text("contract.yearMonth.required", what));
            }
            return whenBlank;
        }
        Optional<YearMonth> month = ContractForms.parseMonth(typed);
        if (month.isEmpty()) {
            problems.add(field, Messages.text("contract.yearMonth.invalid", capitalised(what), typed.strip()));
        }
        return month.orElse(null);
    }

    /** A financial year as 2026/27 (also 2026-27 or 2026/2027). */
    @Nullable
    FinancialYear financialYear(String field, @Nullable String typed) {
        String text = typed == null ? "" : typed.strip().replace('-', '/');
        if (text.matches("\\d{4}/(\\d{2}|\\d{4})")) {
            int start = Integer.parseInt(text.substring(0, 4));
            int end = Integer.parseInt(text.substring(5));
            if (end == start + 1 || end == (start + 1) % 100) {
                return new FinancialYear(start);
            }
        }
        problems.add(
                field,
                blank(typed)
                        ? Messages.text("contract.financialYear.required")
                        : Messages.text("contract.financialYear.invalid", text));
        return null;
    }

    /** One of an enum's constants, by name. */
    <E extends Enum<E>> @Nullable E choice(String field, @Nullable String typed, Class<E> type, String what) {
        String name = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problems.add(field, Messages.text("contract.choice.required", what));
        return null;
    }

    /** One value a line (or separated by commas when {@code commas}), blanks dropped. */
    static List<String> lines(@Nullable String typed, boolean commas) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split(commas ? "[\\r\\n,]+" : "[\\r\\n]+"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
