package org.onedoor.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing on a client's timeline.
 *
 * @param kind       what it was: {@code REFERRAL}, {@code EPISODE}, {@code ASSESSMENT}, {@code CONTACT}, …
 * @param sourceKind with {@code sourceId}, the record it came from, for a link
 * @param sealedAs   set when the entry is sealed; then viewers outside the seal's roles never receive it
 */
public record TimelineEntry(
        UUID id,
        LocalDate occurredOn,
        Instant recordedAt,
        String kind,
        String summary,
        @Nullable String detail,
        @Nullable String sourceKind,
        @Nullable UUID sourceId,
        @Nullable SealedCategory sealedAs,
        String recordedBy) {}
