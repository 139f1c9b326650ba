package org.onedoor.contract.runs;

import java.util.Objects;
import java.util.UUID;

/** A payment statement's id: the statement a run wrote, approved or exported, never a contract or a snapshot. Printed as the bare UUID, so links and text that name it read as before. */
public record StatementId(UUID value) {

    public StatementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
