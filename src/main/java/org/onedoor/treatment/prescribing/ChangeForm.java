package org.onedoor.treatment.prescribing;

import org.jspecify.annotations.Nullable;

/** The form of a change to a course (dose, supervision, review or stop) as typed; each uses some of the fields. */
record ChangeForm(@Nullable FormDate on, @Nullable String doseMg, @Nullable String instalment,
                  @Nullable Boolean supervised, @Nullable String supervisedDays, @Nullable String reviewer,
                  @Nullable String outcome, @Nullable FormDate nextReviewOn, @Nullable String reason) {

    static ChangeForm empty() {
        return new ChangeForm(FormDate.of(null), null, null, false, null, null, null, FormDate.of(null), null);
    }
}
