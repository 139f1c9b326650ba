package org.onedoor.client;

import org.jspecify.annotations.Nullable;

/** The consent decision form as typed; component order is the order of the fields on the page. */
record ConsentForm(@Nullable String purpose, @Nullable String decision, @Nullable ChangeFormDate decidedOn,
                   @Nullable String method, @Nullable Boolean capacityAssessed, @Nullable ChangeFormDate reviewOn,
                   @Nullable String recipient, @Nullable String notes) {

    static ConsentForm startingWith(@Nullable ConsentPurpose purpose) {
        return new ConsentForm(purpose == null ? null : purpose.name(), null, ChangeFormDate.of(null), null, false,
                ChangeFormDate.of(null), null, null);
    }
}
