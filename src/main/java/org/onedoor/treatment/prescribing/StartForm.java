package org.onedoor.treatment.prescribing;

import org.jspecify.annotations.Nullable;

/** The start-a-course form as typed. */
record StartForm(@Nullable String medicine, @Nullable String medicineOther, @Nullable String doseMg,
                 @Nullable String instalment, @Nullable Boolean supervised, @Nullable String supervisedDays,
                 @Nullable String pharmacyName, @Nullable String pharmacyCode, @Nullable String pharmacyOrganisation,
                 @Nullable String prescriberKind, @Nullable String prescriberOrganisation,
                 @Nullable String prescriberName, @Nullable FormDate startedOn, @Nullable FormDate nextReviewOn,
                 @Nullable String interventionId) {

    static StartForm empty() {
        return new StartForm(null, null, null, null, false, null, null, null, null, null, null, null,
                FormDate.of(null), FormDate.of(null), null);
    }
}
