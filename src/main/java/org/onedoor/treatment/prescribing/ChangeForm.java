package org.onedoor.treatment.prescribing;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;

/** The form of a change to a course (dose, supervision, review or stop) as typed; each uses some of the fields. */
record ChangeForm(
        @Nullable TypedDate on,
        @Nullable String doseMg,
        @Nullable String instalment,
        @Nullable Boolean supervised,
        @Nullable String supervisedDays,
        @Nullable String reviewer,
        @Nullable String outcome,
        @Nullable TypedDate nextReviewOn,
        @Nullable String reason) {

    static ChangeForm empty() {
        return new ChangeForm(TypedDate.of(null), null, null, false, null, null, null, TypedDate.of(null), null);
    }
}
