package org.onedoor.treatment;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An intervention the client is referred to within an episode; it may be offered and started at once. */
public record NewIntervention(
        @Nullable String type,
        @Nullable String setting,
        @Nullable UUID deliveredBy,
        @Nullable LocalDate referredOn,
        @Nullable LocalDate firstOfferedOn,
        @Nullable LocalDate startedOn) {}
