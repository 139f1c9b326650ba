package org.onedoor.treatment.prescribing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A course as its page shows it, with its dose and supervision history and its reviews, oldest first. */
public record CourseView(
        UUID id,
        String medicine,
        String medicineLabel,
        @Nullable String medicineOther,
        BigDecimal doseMg,
        Instalment instalment,
        boolean supervised,
        @Nullable Integer supervisedDays,
        String pharmacy,
        PrescriberKind prescriberKind,
        String prescriberOrganisation,
        String prescriberName,
        LocalDate startedOn,
        @Nullable LocalDate nextReviewOn,
        @Nullable LocalDate stoppedOn,
        @Nullable String stopReason,
        @Nullable String interventionLabel,
        List<Change> changes,
        List<Review> reviews,
        boolean reviewDue) {

    public boolean active() {
        return stoppedOn == null;
    }

    public String dose() {
        return Prescribing.mg(doseMg);
    }

    /** One entry of the course's history. */
    public record Change(
            String kind,
            LocalDate changedOn,
            @Nullable BigDecimal doseMg,
            @Nullable Instalment instalment,
            @Nullable Boolean supervised,
            @Nullable Integer supervisedDays,
            @Nullable String reason,
            String recordedBy) {

        public String what() {
            return switch (kind) {
                case "STARTED" -> "Started at " + Prescribing.mg(doseMg);
                case "DOSE" -> "Dose changed to " + Prescribing.mg(doseMg);
                case "SUPERVISION" ->
                    instalment.label()
                            + (Boolean.TRUE.equals(supervised)
                                    ? ", supervised " + supervisedDays + " days a week"
                                    : ", unsupervised");
                default -> "Stopped";
            };
        }
    }

    /** One review. */
    public record Review(
            LocalDate reviewedOn,
            String reviewer,
            String outcome,
            @Nullable LocalDate nextReviewOn) {}
}
