package org.onedoor.ndtms.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.ndtms.NdtmsSchema;
import org.onedoor.ndtms.NdtmsWriter;

/**
 * The extract's file: every dataset-K field in schema order through the module's one {@link NdtmsWriter}, UTF-8,
 * with the SHA-256 of exactly the bytes sent computed as they pass.
 */
final class ExtractFile implements AutoCloseable {

    private final MessageDigest digest;
    private final Writer out;
    private final NdtmsWriter writer;

    ExtractFile(OutputStream target) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this Java", e);
        }
        out = new BufferedWriter(
                new OutputStreamWriter(new DigestOutputStream(target, digest), StandardCharsets.UTF_8), 64 * 1024);
        writer = new NdtmsWriter(out, NdtmsSchema.datasetK());
    }

    void write(Map<String, @Nullable Object> fields) {
        writer.write(fields);
    }

    /** Flushes what is left and gives the SHA-256 of the whole file, in lower-case hex. */
    String finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
