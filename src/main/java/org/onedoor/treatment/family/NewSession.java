package org.onedoor.treatment.family;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A support session held with a concerned other: on a day not in the future, by a worker, one of three kinds. */
public record NewSession(
        @Nullable LocalDate heldOn,
        @Nullable String workerName,
        @Nullable SessionKind kind,
        @Nullable String notes) {}
