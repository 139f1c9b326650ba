package org.onedoor.ndtms.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.Messages;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The checks an uploaded file must pass before it is read as NDTMS: there is one, it is a {@code .csv} of at most
 * {@value #MAX_BYTES} bytes, its content type is one browsers give CSV, and it is UTF-8 text with no NUL byte.
 */
final class UploadedFile {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final Set<String> CSV_TYPES =
            Set.of("text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "application/octet-stream");

    private UploadedFile() {}

    /** The file's bytes, or null when it fails a check (then the error is on the {@code file} field). */
    static byte @Nullable [] read(@Nullable MultipartFile file, Errors errors) {
        if (file == null || file.isEmpty()) {
            errors.rejectValue("file", "REQUIRED", Messages.text("ndtms.upload.file.required"));
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            errors.rejectValue(
                    "file", "TOO_LARGE", Messages.text("ndtms.upload.file.tooLarge", MAX_BYTES / 1024 / 1024));
            return null;
        }
        String type = file.getContentType() == null
                ? "application/octet-stream"
                : file.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!name(file).toLowerCase(Locale.ROOT).endsWith(".csv") || !CSV_TYPES.contains(type)) {
            errors.rejectValue("file", "NOT_CSV", Messages.text("ndtms.upload.file.notCsv"));
            return null;
        }
        try {
            byte[] bytes = file.getBytes();
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            for (byte b : bytes) {
                if (b == 0) {
                    throw new CharacterCodingException();
                }
            }
            return bytes;
        } catch (CharacterCodingException e) {
            errors.rejectValue("file", "NOT_TEXT", Messages.text("ndtms.upload.file.notText"));
        } catch (IOException e) {
            errors.rejectValue("file", "UNREADABLE", Messages.text("ndtms.upload.file.unreadable"));
        }
        return null;
    }

    /** The file's own name, without any folder a browser sent, at most 255 characters. */
    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload.csv";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cc}", "");
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
