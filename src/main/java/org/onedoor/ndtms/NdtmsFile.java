package org.onedoor.ndtms;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The one reader of NDTMS CSV files, streaming record by record: a header row of field codes in any order (a byte
 * order mark, spaces and case tolerated; columns the schema does not know ignored), then one record per row, each
 * value typed by the schema ({@link NdtmsValues}). The caller names the columns it needs; a file missing any of them
 * is refused at {@link #open} naming them all ({@link NdtmsFileRefused}). Problems of values are collected per record
 * and for the whole file (the first {@value #MAX_PROBLEMS} kept, all counted), never thrown one at a time; a file
 * that stops being well-formed CSV ends with a {@link NdtmsRule#MALFORMED_CSV} problem at the line it breaks.
 */
public final class NdtmsFile implements AutoCloseable {

    /** The most problems kept in {@link #problems()}; {@link #problemCount()} counts them all. */
    public static final int MAX_PROBLEMS = 10_000;

    private final String name;
    private final NdtmsSchema schema;
    private final Reader reader;
    private final CsvRecords csv;
    private final NdtmsValues values;
    private final Map<String, Integer> columns;
    private final List<NdtmsProblem> problems = new ArrayList<>();
    private int problemCount;
    private int recordCount;
    private boolean ended;

    private NdtmsFile(String name, NdtmsSchema schema, Reader reader, CsvRecords csv, Map<String, Integer> columns) {
        this.name = name;
        this.schema = schema;
        this.reader = reader;
        this.csv = csv;
        this.values = new NdtmsValues(schema);
        this.columns = columns;
    }

    /**
     * Reads the header of a file and checks that every required column is there.
     *
     * @param name     the file's name, as problems quote it
     * @param required field codes the caller's use of the file needs
     * @throws NdtmsFileRefused when the file is empty, not CSV, names a field twice or lacks a required column
     */
    public static NdtmsFile open(String name, Reader reader, NdtmsSchema schema, Collection<String> required) {
        CsvRecords csv = new CsvRecords(reader);
        List<NdtmsProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        try {
            List<String> header = csv.next();
            if (header == null) {
                throw new NdtmsFileRefused(name, List.of(NdtmsProblem.of(NdtmsRule.EMPTY_FILE, 1, "")));
            }
            for (int i = 0; i < header.size(); i++) {
                String code = header.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
                if (schema.field(code).isPresent() && columns.putIfAbsent(code, i) != null) {
                    problems.add(NdtmsProblem.of(NdtmsRule.DUPLICATE_COLUMN, 1, code, code));
                }
            }
        } catch (CsvRecords.Malformed e) {
            problems.add(NdtmsProblem.of(NdtmsRule.MALFORMED_CSV, e.line(), "", e.getMessage()));
        }
        for (String column : required) {
            if (!columns.containsKey(column) && problems.stream().noneMatch(p -> p.rule() == NdtmsRule.MALFORMED_CSV)) {
                problems.add(NdtmsProblem.of(NdtmsRule.MISSING_COLUMN, 1, column, column));
            }
        }
        if (!problems.isEmpty()) {
            throw new NdtmsFileRefused(name, problems);
        }
        return new NdtmsFile(name, schema, reader, csv, columns);
    }

    public String name() {
        return name;
    }

    public NdtmsSchema schema() {
        return schema;
    }

    /** Whether the header has this field's column. */
    public boolean hasColumn(String field) {
        return columns.containsKey(field);
    }

    /** The next record, or null at the end of the file (or where it stops being CSV). Blank lines are skipped. */
    public @Nullable NdtmsRecord next() {
        while (!ended) {
            List<String> row;
            try {
                row = csv.next();
            } catch (CsvRecords.Malformed e) {
                add(List.of(NdtmsProblem.of(NdtmsRule.MALFORMED_CSV, e.line(), "", e.getMessage())));
                row = null;
            }
            if (row == null) {
                ended = true;
            } else if (!(row.size() == 1 && row.get(0).isBlank())) {
                recordCount++;
                return record(csv.recordLine(), row);
            }
        }
        return null;
    }

    /** The remaining records as a sequential stream, read as it is consumed. */
    public Stream<NdtmsRecord> records() {
        Spliterator<NdtmsRecord> spliterator =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super NdtmsRecord> action) {
                        NdtmsRecord record = next();
                        if (record == null) {
                            return false;
                        }
                        action.accept(record);
                        return true;
                    }
                };
        return StreamSupport.stream(spliterator, false);
    }

    /** The problems found so far, in file order (at most {@value #MAX_PROBLEMS}). */
    public List<NdtmsProblem> problems() {
        return List.copyOf(problems);
    }

    /** How many problems were found so far, including any beyond those kept. */
    public int problemCount() {
        return problemCount;
    }

    /** How many records were read so far. */
    public int recordCount() {
        return recordCount;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NdtmsRecord record(int line, List<String> row) {
        Map<String, Object> typed = new LinkedHashMap<>();
        List<NdtmsProblem> found = new ArrayList<>();
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            if (column.getValue() < row.size()) {
                NdtmsField field = schema.field(column.getKey()).orElseThrow();
                Object value = values.read(field, row.get(column.getValue()), line, found);
                if (value != null) {
                    typed.put(field.code(), value);
                }
            }
        }
        add(found);
        return new NdtmsRecord(line, typed, found);
    }

    private void add(List<NdtmsProblem> found) {
        problemCount += found.size();
        for (NdtmsProblem problem : found) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }
}
