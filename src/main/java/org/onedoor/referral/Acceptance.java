package org.onedoor.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.client.ClientCandidate;
import org.onedoor.shared.NhsNumber;

/**
 * What the receiving worker confirms before accepting a referral: the person it describes and the existing client
 * records that may be them (as the access policy lets the worker see them). Accepting links one of these, or a new
 * record; nothing is matched without the worker's choice.
 */
public record Acceptance(
        UUID referralId,
        String reference,
        String name,
        LocalDate dateOfBirth,
        @Nullable String nhsNumber,
        List<ClientCandidate> candidates) {

    /**
     * The NHS number as people read it: 943 476 5919. An imported referral's number is unchecked, so one that is not
     * ten digits is shown as stored rather than failing the page.
     */
    public @Nullable String nhsNumberShown() {
        return nhsNumber == null ? null : NhsNumber.format(nhsNumber);
    }
}
