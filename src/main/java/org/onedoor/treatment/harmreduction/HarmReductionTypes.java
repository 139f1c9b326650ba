package org.onedoor.treatment.harmreduction;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.FieldProblems;

/** What harm-reduction changes take. */
public final class HarmReductionTypes {

    /** Every problem with a harm-reduction entry, thrown together; nothing is saved. */
    static final FieldProblems.Kind PROBLEMS = new FieldProblems.Kind("HARM_REDUCTION_INVALID", "harm reduction entry");

    private HarmReductionTypes() {}

    /** Numbers of one item given out and returned at a visit. */
    public record ItemCount(int givenOut, int returned) {}

    /**
     * A needle and syringe programme visit, for a client or (when clientId is null) anonymous under a pseudonymous
     * code such as initials, date of birth and sex ("JS01021980M") or a card number.
     */
    public record NspVisit(
            @Nullable UUID clientId,
            @Nullable String pseudonym,
            @Nullable LocalDate visitedOn,
            Map<String, ItemCount> items,
            @Nullable String notes) {}

    public enum Recipient {
        CLIENT,
        CONCERNED_OTHER
    }

    public record NaloxoneSupply(
            @Nullable LocalDate suppliedOn,
            @Nullable String kitType,
            @Nullable Integer quantity,
            @Nullable Recipient recipient,
            @Nullable String recipientName) {}

    public enum Virus {
        HEP_B,
        HEP_C,
        HIV
    }

    public enum BbvKind {
        TEST,
        VACCINATION
    }

    /** Where a test or vaccination stands: offered, accepted, refused, or done (tested / dose given). */
    public enum BbvStatus {
        OFFERED,
        ACCEPTED,
        REFUSED,
        DONE
    }

    public enum BbvResult {
        NEGATIVE,
        POSITIVE,
        INDETERMINATE
    }

    public record BbvEntry(
            @Nullable Virus virus,
            @Nullable BbvKind kind,
            @Nullable LocalDate recordedOn,
            @Nullable BbvStatus status,
            @Nullable BbvResult result,
            @Nullable Integer dose,
            boolean courseCompleted) {}

    static String label(Enum<?> value) {
        return switch (value.name()) {
            case "HEP_B" -> "hepatitis B";
            case "HEP_C" -> "hepatitis C";
            case "HIV" -> "HIV";
            case "CONCERNED_OTHER" -> "a concerned other";
            case "DONE" -> "done";
            default -> value.name().toLowerCase().replace('_', ' ');
        };
    }
}
