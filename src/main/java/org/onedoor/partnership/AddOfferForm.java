package org.onedoor.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The "Add an offer" form of a practice's menu page: dates as GOV.UK three-field dates, capacity as typed. */
record AddOfferForm(
        @NotBlank(message = "Select an intervention") @Nullable
        String intervention,

        @NotBlank(message = "Select a substance group") @Nullable
        String substanceGroup,

        @Nullable String fromDay,
        @Nullable String fromMonth,
        @Nullable String fromYear,
        @Nullable String toDay,
        @Nullable String toMonth,
        @Nullable String toYear,

        @Pattern(regexp = ChangeOfferForm.CAPACITY, message = ChangeOfferForm.CAPACITY_MESSAGE) @Nullable
        String monthlyCapacity) {

    static AddOfferForm empty() {
        return new AddOfferForm(null, null, null, null, null, null, null, null, null);
    }

    /** The terms typed, or null after adding to {@code errors} what is wrong with the dates. */
    @Nullable
    OfferTerms terms(Map<String, String> errors) {
        LocalDate from =
                PracticeMenuFormErrors.date(errors, "effectiveFrom", "starts", true, fromDay, fromMonth, fromYear);
        LocalDate to = PracticeMenuFormErrors.date(errors, "effectiveTo", "ends", false, toDay, toMonth, toYear);
        if (!errors.isEmpty() || from == null) {
            return null;
        }
        return new OfferTerms(intervention, substanceGroup, from, to, PracticeMenuFormErrors.capacity(monthlyCapacity));
    }
}
