package org.onedoor.ndtms;

import java.util.UUID;

/** The id of one NDTMS file loaded into the import store. */
public record NdtmsImportId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
