package org.onedoor.client.web;

import org.jspecify.annotations.Nullable;
import org.onedoor.client.ConsentPurpose;
import org.onedoor.shared.TypedDate;

/** The consent decision form as typed; component order is the order of the fields on the page. */
record ConsentForm(
        @Nullable String purpose,
        @Nullable String decision,
        @Nullable TypedDate decidedOn,
        @Nullable String method,
        @Nullable Boolean capacityAssessed,
        @Nullable TypedDate reviewOn,
        @Nullable String recipient,
        @Nullable String notes) {

    static ConsentForm startingWith(@Nullable ConsentPurpose purpose) {
        return new ConsentForm(
                purpose == null ? null : purpose.name(),
                null,
                TypedDate.of(null),
                null,
                false,
                TypedDate.of(null),
                null,
                null);
    }
}
