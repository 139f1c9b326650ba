package org.onedoor.contract.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.onedoor.ndtms.NdtmsFile;
import org.onedoor.ndtms.NdtmsRecord;
import org.onedoor.shared.DomainRuleViolation.FieldProblem;

/**
 * What payments need of an activity file in the NDTMS core-dataset layout (domain reference §3.3, §3.7), read by
 * ndtms's one reader ({@link NdtmsFile}), which types every value by the dataset-K schema (strict dates, codes in
 * their lists) and reports what is not valid. The client is the attributor ({@code FINITIAL}, {@code SINITIAL},
 * {@code DOB}, {@code SEX}) when all four columns are there, as NDTMS matches people across agencies, otherwise
 * {@code CLIENTID} (or {@code CLIENT}); either, and the episode ({@code AGNCY}/{@code EPISODID}), is turned into a
 * keyed-hash key ({@link EvidenceKeys}) at once and never stored. This layout adds the payment rules: the columns a
 * payment run needs, a triage date on every row, no date after the evidence's as-of day, an end only after its
 * start, and a discharge with both its date and reason.
 */
final class ActivityFileLayout {

    /** The columns a payment run needs, besides a client identifier. */
    static final List<String> REQUIRED = List.of("EPISODID", "TRIAGED", "MODST", "MODEND", "DISD", "DISRSN");

    /** The columns payments read; the rest of a file is not read. */
    static final List<String> READ = List.of(
            "CLIENTID",
            "CLIENT",
            "FINITIAL",
            "SINITIAL",
            "DOB",
            "SEX",
            "AGNCY",
            "EPISODID",
            "OPRAGNCY",
            "GPPTCE",
            "MODSET",
            "MODAL",
            "REFMODDT",
            "TRIAGED",
            "MODST",
            "MODEND",
            "DISD",
            "DISRSN");

    private static final List<String> ATTRIBUTOR = List.of("FINITIAL", "SINITIAL", "DOB", "SEX");

    private final String file;
    private final LocalDate asOf;
    private final EvidenceKeys keys;
    private final boolean attributor;
    private final @Nullable String clientColumn;

    /** Checks the header; a missing column is a problem of line 1. */
    ActivityFileLayout(String file, NdtmsFile ndtms, LocalDate asOf, EvidenceKeys keys, List<FieldProblem> problems) {
        this.file = file;
        this.asOf = asOf;
        this.keys = keys;
        this.attributor = ATTRIBUTOR.stream().allMatch(ndtms::hasColumn);
        this.clientColumn = ndtms.hasColumn("CLIENTID") ? "CLIENTID" : ndtms.hasColumn("CLIENT") ? "CLIENT" : null;
        if (!attributor && clientColumn == null) {
            problems.add(problem(
                    1,
                    "CLIENTID",
                    "no client identifier: give a CLIENTID (or CLIENT) column, or the "
                            + "attributor columns FINITIAL, SINITIAL, DOB and SEX"));
        }
        ndtms.missing(REQUIRED).forEach(missing -> problems.add(missing.toFieldProblem(file)));
    }

    /** The row, or null when it has problems (added to the list, the reader's first). */
    @Nullable
    ActivityRow row(NdtmsRecord record, List<FieldProblem> problems) {
        Row r = new Row(record, problems);
        String client = attributor ? r.attributor() : r.required(clientColumn);
        String episode = r.required("EPISODID");
        String agency = record.text("AGNCY");
        LocalDate triaged = r.date("TRIAGED", true);
        LocalDate referred = r.date("REFMODDT", false);
        LocalDate started = r.date("MODST", false);
        LocalDate ended = r.date("MODEND", false);
        LocalDate discharged = r.date("DISD", false);
        String reason = record.text("DISRSN");
        if (ended != null && !r.given("MODST")) {
            r.add("MODEND", "an intervention end needs its start (MODST)");
        } else if (ended != null && started != null && ended.isBefore(started)) {
            r.add("MODEND", "the intervention ends (" + ended + ") before it starts (" + started + ")");
        }
        if (r.given("DISD") != r.given("DISRSN")) {
            r.add(r.given("DISD") ? "DISRSN" : "DISD", "a discharge needs both its date (DISD) and reason (DISRSN)");
        }
        if (discharged != null && triaged != null && discharged.isBefore(triaged)) {
            r.add("DISD", "the episode is discharged (" + discharged + ") before it is triaged (" + triaged + ")");
        }
        if (r.failed()) {
            return null;
        }
        return new ActivityRow(
                record.line(),
                keys.clientKey(client),
                keys.episodeKey(agency == null ? episode : agency + "/" + episode),
                agency,
                record.text("OPRAGNCY"),
                record.text("GPPTCE"),
                record.text("MODSET"),
                record.text("MODAL"),
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

    /** One data row being checked; problems are collected, not thrown. */
    private final class Row {

        private final NdtmsRecord record;
        private final List<FieldProblem> problems;
        private final int before;

        Row(NdtmsRecord record, List<FieldProblem> problems) {
            this.record = record;
            this.problems = problems;
            this.before = problems.size();
            record.problems().forEach(p -> problems.add(p.toFieldProblem(file)));
        }

        /** Whether the column has a value, or had one the reader refused (already a problem). */
        boolean given(String column) {
            return record.has(column)
                    || record.problems().stream().anyMatch(p -> p.field().equals(column));
        }

        String required(@Nullable String column) {
            String value = column == null ? null : record.text(column);
            if (value == null) {
                if (column == null || !given(column)) {
                    add(column == null ? "CLIENTID" : column, "a value is required");
                }
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

        @Nullable
        LocalDate date(String column, boolean required) {
            LocalDate date = record.date(column);
            if (date == null && required && !given(column)) {
                add(column, "a date is required");
            } else if (date != null && date.isAfter(asOf)) {
                add(column, record.text(column) + " is after the evidence's as-of day " + asOf);
            }
            return date;
        }

        void add(String column, String message) {
            problems.add(problem(record.line(), column, message));
        }

        boolean failed() {
            return problems.size() > before;
        }
    }
}
