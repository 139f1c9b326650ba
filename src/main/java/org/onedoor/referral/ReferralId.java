package org.onedoor.referral;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The id of a referral, as other modules hold it (an episode opened from a referral names it). Printed as the bare
 * UUID, so text that names it reads as before; forms and JSON keep plain UUID strings.
 */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    /** For an optional id read from a row or a form: null stays null. */
    public static @Nullable ReferralId ofNullable(@Nullable UUID value) {
        return value == null ? null : new ReferralId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
