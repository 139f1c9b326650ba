package org.onedoor.audittrail;

import java.util.Objects;
import java.util.UUID;

/**
 * The record that was accessed, named by kind and bare id so that the audit trail needs no other module's types.
 *
 * @param kind an upper-case code such as {@code CLIENT} or {@code REFERRAL}, at most 40 characters
 */
public record AuditSubject(String kind, UUID id) {

    static final int MAX_KIND = 40;

    public AuditSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isBlank() || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("An audit subject kind must be 1 to " + MAX_KIND + " characters");
        }
    }

    public static AuditSubject of(String kind, UUID id) {
        return new AuditSubject(kind, id);
    }
}
