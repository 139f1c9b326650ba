package org.onedoor.partnership;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing staff.
 *
 * @param text   part of a name, job role or registration number; blank for all
 * @param sort   one of {@code name}, {@code jobRole}, {@code organisation}, {@code activeFrom}
 */
public record StaffSearch(
        @Nullable String text,
        @Nullable UUID organisationId,
        boolean includeEnded,
        LocalDate asOf,
        String sort,
        boolean descending,
        int page,
        int size) {}
