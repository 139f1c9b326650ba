package org.onedoor.contract.evidence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A small RFC 4180 reader, one record at a time: fields split by commas, a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""}); records end with CRLF or LF. Reports the line a record starts on.
 */
final class CsvReader {

    private final Reader in;
    private int line = 1;
    private int recordLine;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned starts on. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    @Nullable List<String> next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = quoted(field);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"') {
                throw new Malformed(line, "a double quote inside a field that does not start with one");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field up to its closing quote; returns the character after it. */
    private int quoted(StringBuilder field) {
        int started = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new Malformed(started, "a quoted field is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\r' && after != '\n' && after != -1) {
                        throw new Malformed(line, "text after the closing quote of a field");
                    }
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        pushedBack = c;
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
