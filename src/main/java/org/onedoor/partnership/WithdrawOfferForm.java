package org.onedoor.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Withdraws an offer made in error; the reason is kept with the offer and in the directory history. */
record WithdrawOfferForm(
        @NotBlank(message = "Enter why the offer is withdrawn")
        @Size(max = 400, message = "The reason must be 400 characters or fewer")
        @Nullable
        String reason) {}
