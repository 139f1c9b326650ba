package org.onedoor.audittrail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AuditEntry} for tests without its thirteen positional arguments: {@link #from} copies an entry so a test
 * names only the field it changes ({@code from(e).detail("changed").build()}); {@link #entry} starts from the first
 * entry of a chain, a view by an IG lead.
 */
final class AuditEntryBuilder {

    private long seq = 1;
    private UUID id = UUID.randomUUID();
    private Instant recordedAt = Instant.parse("2026-11-23T16:00:00Z");
    private String username = "ig-lead";
    private @Nullable String roles = "IG_LEAD";
    private @Nullable UUID organisationId;
    private String action = "VIEW";
    private @Nullable String subjectKind = "CLIENT";
    private @Nullable UUID subjectId = UUID.randomUUID();
    private @Nullable String purpose = "Direct care";
    private @Nullable String detail;
    private @Nullable String sourceAddress;
    private String previousHash = AuditHash.GENESIS;

    private AuditEntryBuilder() {}

    static AuditEntryBuilder entry() {
        return new AuditEntryBuilder();
    }

    static AuditEntryBuilder from(AuditEntry e) {
        AuditEntryBuilder b = new AuditEntryBuilder();
        b.seq = e.seq();
        b.id = e.id();
        b.recordedAt = e.recordedAt();
        b.username = e.username();
        b.roles = e.roles();
        b.organisationId = e.organisationId();
        b.action = e.action();
        b.subjectKind = e.subjectKind();
        b.subjectId = e.subjectId();
        b.purpose = e.purpose();
        b.detail = e.detail();
        b.sourceAddress = e.sourceAddress();
        b.previousHash = e.previousHash();
        return b;
    }

    AuditEntryBuilder seq(long seq) {
        this.seq = seq;
        return this;
    }

    AuditEntryBuilder recordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
        return this;
    }

    AuditEntryBuilder by(String username, @Nullable String roles) {
        this.username = username;
        this.roles = roles;
        return this;
    }

    AuditEntryBuilder action(String action) {
        this.action = action;
        return this;
    }

    AuditEntryBuilder purpose(@Nullable String purpose) {
        this.purpose = purpose;
        return this;
    }

    AuditEntryBuilder detail(@Nullable String detail) {
        this.detail = detail;
        return this;
    }

    AuditEntryBuilder previousHash(String previousHash) {
        this.previousHash = previousHash;
        return this;
    }

    AuditEntry build() {
        return new AuditEntry(
                seq,
                id,
                recordedAt,
                username,
                roles,
                organisationId,
                action,
                subjectKind,
                subjectId,
                purpose,
                detail,
                sourceAddress,
                previousHash);
    }
}
