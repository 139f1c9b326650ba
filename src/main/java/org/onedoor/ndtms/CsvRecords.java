package org.onedoor.ndtms;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV one record at a time with FastCSV: fields split by commas, a field in double quotes may hold
 * commas, line breaks and doubled quotes ({@code ""}); records end with CRLF, LF or CR. Strict where a hand-edited file
 * goes wrong: a quote never closed, text after a closing quote, or a quote inside a field that does not start with
 * one is {@link Malformed}, naming the line the record starts on. Records may differ in length (the layout names
 * missing columns); an empty line is a record of one empty field.
 */
final class CsvRecords {

    private static final Pattern WHERE = Pattern.compile("\\s*\\(record starting at line \\d+\\)$");

    private final Fields fields = new Fields();
    private final Iterator<Record> records;
    private int recordLine;

    CsvRecords(Reader in) {
        this.records = de.siegmar.fastcsv.reader.CsvReader.builder()
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .build(fields, in)
                .iterator();
    }

    /** The line the last record returned starts on. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    @Nullable
    List<String> next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            Record record = records.next();
            recordLine = record.line();
            return record.fields();
        } catch (CsvParseException e) {
            if (e.getCause() instanceof Malformed malformed) {
                throw malformed;
            }
            throw new Malformed(fields.line(), plain(e.getMessage()));
        }
    }

    /** FastCSV's message in the words this reader has always used, without the line (the caller adds it). */
    private static String plain(@Nullable String message) {
        String text = message == null ? "not valid CSV" : WHERE.matcher(message).replaceFirst("");
        if (text.startsWith("Unclosed quoted field")) {
            return "a quoted field is never closed";
        }
        if (text.startsWith("Unexpected character after closing quote")) {
            return "text after the closing quote of a field";
        }
        return text;
    }

    private record Record(int line, List<String> fields) {}

    /** Collects a record's fields and refuses a quote inside an unquoted field, which FastCSV would keep. */
    private static final class Fields extends AbstractBaseCsvCallbackHandler<Record> {

        private final List<String> current = new ArrayList<>();

        int line() {
            return (int) getStartingLineNumber();
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            current.clear();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            String field = new String(buf, offset, len);
            if (!quoted && field.indexOf('"') >= 0) {
                throw new Malformed(line(), "a double quote inside a field that does not start with one");
            }
            current.add(field);
        }

        @Override
        protected Record buildRecord() {
            return new Record(line(), current.isEmpty() ? List.of("") : List.copyOf(current));
        }
    }

    /** The input is not well-formed CSV at a line. */
    static final class Malformed extends RuntimeException {

        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
