package org.onedoor.client;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a client record, as other modules hold it: events and module APIs take this rather than a raw UUID, so a
 * survivor cannot be swapped for a duplicate or an episode by mistake. Printed as the bare UUID, so text that names
 * it reads as before; forms and JSON keep plain UUID strings.
 */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
