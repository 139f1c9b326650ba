package org.onedoor.partnership;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing organisations.
 *
 * @param text         part of a name, ODS code, town or postcode; blank for all
 * @param type         only this kind, or all kinds when absent
 * @param includeEnded also list organisations that have left the partnership by {@code asOf}
 * @param sort         one of {@code name}, {@code type}, {@code odsCode}, {@code town}, {@code activeFrom}
 * @param descending   reverse the order
 */
public record OrganisationSearch(
        @Nullable String text,
        @Nullable OrganisationType type,
        boolean includeEnded,
        LocalDate asOf,
        String sort,
        boolean descending,
        int page,
        int size) {}
