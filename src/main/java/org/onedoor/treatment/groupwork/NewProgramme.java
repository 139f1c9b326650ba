package org.onedoor.treatment.groupwork;

import org.jspecify.annotations.Nullable;

/** A group programme as typed: what it delivers (an intervention type and optionally one of its sub-types). */
public record NewProgramme(
        @Nullable String name,
        @Nullable String description,
        @Nullable String interventionType,
        @Nullable String subInterventionType) {}
