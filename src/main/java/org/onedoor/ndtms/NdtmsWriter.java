package org.onedoor.ndtms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one writer of NDTMS CSV files, row by row to a {@link Writer} (never holding the file): a header of field codes
 * in schema order, then one line per record with every value in double quotes (embedded quotes doubled), dates
 * {@code dd/MM/yyyy} and {@code NA} for anything unknown (domain reference §3.1). Lines end with CRLF (RFC 4180).
 * A value is a {@link String}, a {@link java.time.LocalDate}, a {@link java.math.BigDecimal} (or any object written
 * by its {@code toString}) or null. The caller closes the underlying writer.
 */
public final class NdtmsWriter {

    static final String END = "\r\n";

    private final Writer out;
    private final List<String> fields;
    private final Set<String> written;
    private long rows;

    /** Writes every field of the schema, in its order. */
    public NdtmsWriter(Writer out, NdtmsSchema schema) {
        this(out, schema, schema.fieldCodes());
    }

    /** Writes only these fields (each must be in the schema), in schema order. */
    public NdtmsWriter(Writer out, NdtmsSchema schema, List<String> fields) {
        for (String field : fields) {
            if (schema.field(field).isEmpty()) {
                throw new IllegalArgumentException("Dataset " + schema.dataset() + " has no field " + field);
            }
        }
        this.out = out;
        this.fields = schema.fieldCodes().stream().filter(fields::contains).toList();
        this.written = Set.copyOf(this.fields);
        line(this.fields);
    }

    /** The fields written, in order. */
    public List<String> fields() {
        return fields;
    }

    /** Writes one record; fields it does not hold are {@code NA}, keys not written are refused. */
    public void write(Map<String, ?> values) {
        for (String key : values.keySet()) {
            if (!written.contains(key)) {
                throw new IllegalArgumentException("This file does not write the field " + key);
            }
        }
        line(fields.stream().map(f -> NdtmsValues.write(values.get(f))).toList());
        rows++;
    }

    /** How many records were written. */
    public long rows() {
        return rows;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write('"');
                out.write(values.get(i).replace("\"", "\"\""));
                out.write('"');
            }
            out.write(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
