package org.onedoor.contract.evidence;

import java.util.Objects;
import java.util.UUID;

/** An evidence snapshot's id: the frozen evidence a payment run read, never a contract or a statement. Printed as the bare UUID, so links and text that name it read as before. */
public record SnapshotId(UUID value) {

    public SnapshotId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
