package org.onedoor.treatment.groupwork;

import org.jspecify.annotations.Nullable;

/** The new-programme form as typed. */
record ProgrammeForm(
        @Nullable String name,
        @Nullable String description,
        @Nullable String interventionType,
        @Nullable String subInterventionType) {

    static ProgrammeForm empty() {
        return new ProgrammeForm(null, null, null, null);
    }
}
