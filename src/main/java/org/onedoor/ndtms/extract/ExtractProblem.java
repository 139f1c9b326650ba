package org.onedoor.ndtms.extract;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One problem of one record of the extract, as the validation report lists it.
 *
 * @param code            stable code, such as {@code NDTMS-E007}
 * @param error           true when it holds the record back from the file, false for a warning
 * @param field           the NDTMS field it is about
 * @param message         what is wrong, in words
 * @param link            the OneDoor page that puts it right
 * @param clientReference the client's OneDoor reference (never a name)
 */
public record ExtractProblem(
        String code,
        boolean error,
        String field,
        String message,
        String link,
        String clientReference,
        UUID episodeId,
        @Nullable UUID interventionId) {}
