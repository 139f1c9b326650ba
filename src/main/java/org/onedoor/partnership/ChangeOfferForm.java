package org.onedoor.partnership;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Changes the dates and monthly capacity of one offer; intervention and substance group stay as they are. */
record ChangeOfferForm(
        @Nullable String fromDay,
        @Nullable String fromMonth,
        @Nullable String fromYear,
        @Nullable String toDay,
        @Nullable String toMonth,
        @Nullable String toYear,

        @Pattern(regexp = CAPACITY, message = CAPACITY_MESSAGE) @Nullable
        String monthlyCapacity) {

    static final String CAPACITY = "\\s*[0-9]{0,5}\\s*";
    static final String CAPACITY_MESSAGE =
            "Enter the monthly capacity as a whole number, such as 5, or leave it blank for no limit";

    static ChangeOfferForm of(MenuOffer offer) {
        LocalDate from = offer.effectiveFrom();
        LocalDate to = offer.effectiveTo();
        return new ChangeOfferForm(
                PracticeMenuFormErrors.part(from.getDayOfMonth()),
                PracticeMenuFormErrors.part(from.getMonthValue()),
                PracticeMenuFormErrors.part(from.getYear()),
                to == null ? null : PracticeMenuFormErrors.part(to.getDayOfMonth()),
                to == null ? null : PracticeMenuFormErrors.part(to.getMonthValue()),
                to == null ? null : PracticeMenuFormErrors.part(to.getYear()),
                offer.monthlyCapacity() == null ? null : offer.monthlyCapacity().toString());
    }

    @Nullable
    LocalDate effectiveFrom(Map<String, String> errors) {
        return PracticeMenuFormErrors.date(errors, "effectiveFrom", "starts", true, fromDay, fromMonth, fromYear);
    }

    @Nullable
    LocalDate effectiveTo(Map<String, String> errors) {
        return PracticeMenuFormErrors.date(errors, "effectiveTo", "ends", false, toDay, toMonth, toYear);
    }

    @Nullable
    Integer capacity() {
        return PracticeMenuFormErrors.capacity(monthlyCapacity);
    }
}
