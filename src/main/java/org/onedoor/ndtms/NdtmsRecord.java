package org.onedoor.ndtms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record (row) of an NDTMS file, its values keyed by field code and already typed by the schema: text and codes
 * as strings (codes upper-cased), dates as {@link LocalDate}, numbers as {@link BigDecimal}. A value that is empty,
 * {@code NA} or not valid is unknown (null); a value that was not valid also left a problem in {@link #problems()}.
 */
public final class NdtmsRecord {

    private final int line;
    private final Map<String, Object> values;
    private final List<NdtmsProblem> problems;

    NdtmsRecord(int line, Map<String, Object> values, List<NdtmsProblem> problems) {
        this.line = line;
        this.values = Map.copyOf(values);
        this.problems = List.copyOf(problems);
    }

    /** The file line the record starts on (the header is line 1). */
    public int line() {
        return line;
    }

    /** Whether the field has a known, valid value. */
    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** A text or code field's value, or null when unknown; a date or number in the form a file writes it. */
    public @Nullable String text(String field) {
        Object value = values.get(field);
        if (value instanceof LocalDate date) {
            return NdtmsValues.DAY.format(date);
        }
        return value == null ? null : value instanceof BigDecimal n ? n.toPlainString() : value.toString();
    }

    /** A date field's value, or null when unknown or not a date. */
    public @Nullable LocalDate date(String field) {
        return values.get(field) instanceof LocalDate date ? date : null;
    }

    /** A number field's value, or null when unknown or not a number. */
    public @Nullable BigDecimal number(String field) {
        return values.get(field) instanceof BigDecimal number ? number : null;
    }

    /** Every known value, keyed by field code (typed as above), ready for {@link NdtmsWriter#write(Map)}. */
    public Map<String, Object> values() {
        return values;
    }

    /** This record's problems, in field order; empty when it is valid. */
    public List<NdtmsProblem> problems() {
        return problems;
    }
}
