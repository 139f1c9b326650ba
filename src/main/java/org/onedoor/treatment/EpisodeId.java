package org.onedoor.treatment;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The id of a treatment episode, on treatment's published events and API. Printed as the bare UUID, so text that
 * names it reads as before; forms and JSON keep plain UUID strings.
 */
public record EpisodeId(UUID value) {

    public EpisodeId {
        Objects.requireNonNull(value, "value");
    }

    /** For an optional id read from a row or a form: null stays null. */
    public static @Nullable EpisodeId ofNullable(@Nullable UUID value) {
        return value == null ? null : new EpisodeId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
