package org.onedoor.partnership;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The id of an organisation in the partnership directory (provider, practice, partner, pharmacy), as other modules
 * hold it. Printed as the bare UUID, so text that names it reads as before; forms and JSON keep plain UUID strings.
 */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    /** For an optional id read from a row or a form: null stays null. */
    public static @Nullable OrganisationId ofNullable(@Nullable UUID value) {
        return value == null ? null : new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
