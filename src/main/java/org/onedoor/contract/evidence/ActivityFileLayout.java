package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

/**
 * The NDTMS core-dataset layout of an activity file (domain reference §3.3, §3.7): a header row of dataset-K field
 * codes, then one row per intervention; columns it does not need may be there or not, in any order. The client is
 * the attributor ({@code FINITIAL}, {@code SINITIAL}, {@code DOB}, {@code SEX}) when all four columns are there,
 * as NDTMS matches people across agencies, otherwise {@code CLIENTID} (or {@code CLIENT}); either, and the episode
 * ({@code AGNCY}/{@code EPISODID}), is turned into a keyed-hash key ({@link EvidenceKeys}) at once and never stored.
 * Dates are {@code dd/MM/yyyy} (as NDTMS files write them) or ISO {@code yyyy-MM-dd}, checked strictly (no 31/02). Discharge reasons are the current NDTMS family (§4.2).
 */
final class ActivityFileLayout {

    static final Set<String> DISCHARGE_CODES =
            Set.of("80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "93", "94", "95", "96", "97");
    private static final List<String> REQUIRED = List.of("EPISODID", "TRIAGED", "MODST", "MODEND", "DISD", "DISRSN");
    private static final List<String> ATTRIBUTOR = List.of("FINITIAL", "SINITIAL", "DOB", "SEX");
    private static final DateTimeFormatter NDTMS =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final LocalDate asOf;
    private final EvidenceKeys keys;
    private final Map<String, Integer> columns = new HashMap<>();
    private final boolean attributor;
    private final @Nullable String clientColumn;

    /** Reads the header; a missing required column is a problem of line 1. */
    ActivityFileLayout(
            String file, List<String> header, LocalDate asOf, EvidenceKeys keys, List<FieldProblem> problems) {
        this.file = file;
        this.asOf = asOf;
        this.keys = keys;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, i);
            }
        }
        this.attributor = columns.keySet().containsAll(ATTRIBUTOR);
        this.clientColumn =
                columns.containsKey("CLIENTID") ? "CLIENTID" : columns.containsKey("CLIENT") ? "CLIENT" : null;
        if (!attributor && clientColumn == null) {
            problems.add(problem(
                    1,
                    "CLIENTID",
                    "no client identifier: give a CLIENTID (or CLIENT) column, or the "
                            + "attributor columns FINITIAL, SINITIAL, DOB and SEX"));
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                problems.add(problem(1, column, "the required column " + column + " is missing from the header"));
            }
        }
    }

    /** The row, or null when it has problems (added to the list). */
    @Nullable
    ActivityRow row(int line, List<String> fields, List<FieldProblem> problems) {
        Row r = new Row(line, fields, problems);
        String client = attributor ? r.attributor() : r.required(clientColumn);
        String episode = r.required("EPISODID");
        String agency = r.text("AGNCY");
        LocalDate triaged = r.date("TRIAGED", true);
        LocalDate referred = r.date("REFMODDT", false);
        LocalDate started = r.date("MODST", false);
        LocalDate ended = r.date("MODEND", false);
        LocalDate discharged = r.date("DISD", false);
        String reason = r.text("DISRSN");
        if (ended != null && !r.given("MODST")) {
            r.add("MODEND", "an intervention end needs its start (MODST)");
        } else if (ended != null && started != null && ended.isBefore(started)) {
            r.add("MODEND", "the intervention ends (" + ended + ") before it starts (" + started + ")");
        }
        if (reason != null && !DISCHARGE_CODES.contains(reason)) {
            r.add("DISRSN", "unknown discharge reason " + reason + " (known: 80-89, 93-97)");
        }
        if (r.given("DISD") != (reason != null)) {
            r.add(reason == null ? "DISRSN" : "DISD", "a discharge needs both its date (DISD) and reason (DISRSN)");
        }
        if (discharged != null && triaged != null && discharged.isBefore(triaged)) {
            r.add("DISD", "the episode is discharged (" + discharged + ") before it is triaged (" + triaged + ")");
        }
        if (r.failed()) {
            return null;
        }
        return new ActivityRow(
                line,
                keys.clientKey(client),
                keys.episodeKey(agency == null ? episode : agency + "/" + episode),
                agency,
                r.text("OPRAGNCY"),
                r.text("GPPTCE"),
                r.text("MODSET"),
                r.text("MODAL"),
                referred,
                started,
                ended,
                triaged,
                discharged,
                reason);
    }

    private FieldProblem problem(int line, String field, String message) {
        return new FieldProblem(
                field, "ACTIVITY_FILE_REJECTED", file + " line " + line + ", " + field + ": " + message);
    }

    /** One data row being read; problems are collected, not thrown. */
    private final class Row {

        private final int line;
        private final List<String> fields;
        private final List<FieldProblem> problems;
        private final int before;

        Row(int line, List<String> fields, List<FieldProblem> problems) {
            this.line = line;
            this.fields = fields;
            this.problems = problems;
            this.before = problems.size();
        }

        @Nullable
        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String required(@Nullable String column) {
            String value = column == null ? null : text(column);
            if (value == null) {
                add(column == null ? "CLIENTID" : column, "a value is required");
                return "";
            }
            return value;
        }

        String attributor() {
            List<String> parts = new ArrayList<>();
            for (String column : ATTRIBUTOR) {
                parts.add(
                        column.equals("DOB")
                                ? String.valueOf(date(column, true))
                                : required(column).toUpperCase(Locale.ROOT));
            }
            return String.join("|", parts);
        }

        boolean given(String column) {
            return text(column) != null;
        }

        @Nullable
        LocalDate date(String column, boolean required) {
            String value = text(column);
            if (value == null) {
                if (required) {
                    add(column, "a date is required");
                }
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value, value.contains("/") ? NDTMS : ISO);
                if (date.isAfter(asOf)) {
                    add(column, value + " is after the evidence's as-of day " + asOf);
                }
                return date;
            } catch (DateTimeParseException e) {
                add(column, "'" + value + "' is not a date: write dd/MM/yyyy (or yyyy-MM-dd)");
                return null;
            }
        }

        void add(String column, String message) {
            problems.add(problem(line, column, message));
        }

        boolean failed() {
            return problems.size() > before;
        }
    }
}
