package org.onedoor.treatment.prescribing;

import org.jspecify.annotations.Nullable;
import org.onedoor.shared.TypedDate;

/** The start-a-course form as typed. */
record StartForm(
        @Nullable String medicine,
        @Nullable String medicineOther,
        @Nullable String doseMg,
        @Nullable String instalment,
        @Nullable Boolean supervised,
        @Nullable String supervisedDays,
        @Nullable String pharmacyName,
        @Nullable String pharmacyCode,
        @Nullable String pharmacyOrganisation,
        @Nullable String prescriberKind,
        @Nullable String prescriberOrganisation,
        @Nullable String prescriberName,
        @Nullable TypedDate startedOn,
        @Nullable TypedDate nextReviewOn,
        @Nullable String interventionId) {

    static StartForm empty() {
        return new StartForm(
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                TypedDate.of(null),
                TypedDate.of(null),
                null);
    }
}
