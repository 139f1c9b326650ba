package org.onedoor.audittrail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an audit entry and its SHA-256 hash. Each field is written as {@code name:length:value} on
 * its own line ({@code name:null} when absent), so no two different entries share a canonical form, and the
 * previous entry's hash is part of it, which makes the entries a chain. The first line names the format version.
 * Instants are UTC with exactly six fractional digits: the precision both H2 and PostgreSQL keep.
 */
final class AuditHash {

    /** The {@code previous_hash} of the first entry. */
    static final String GENESIS = "0".repeat(64);

    static final String VERSION = "onedoor-audit-v1";

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {}

    /** Drops what the database would drop, so the hash of a stored entry equals the hash computed before storing. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String canonical(AuditEntry entry) {
        StringBuilder text = new StringBuilder(256).append(VERSION).append('\n');
        field(text, "seq", Long.toString(entry.seq()));
        field(text, "id", entry.id().toString());
        field(text, "recorded_at", INSTANT.format(storable(entry.recordedAt())));
        field(text, "username", entry.username());
        field(text, "roles", entry.roles());
        field(
                text,
                "organisation_id",
                entry.organisationId() == null ? null : entry.organisationId().toString());
        field(text, "action", entry.action());
        field(text, "subject_kind", entry.subjectKind());
        field(
                text,
                "subject_id",
                entry.subjectId() == null ? null : entry.subjectId().toString());
        field(text, "purpose", entry.purpose());
        field(text, "detail", entry.detail());
        field(text, "source_address", entry.sourceAddress());
        field(text, "previous_hash", entry.previousHash());
        return text.toString();
    }

    static String entryHash(AuditEntry entry) {
        return sha256(canonical(entry));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder text, String name, @Nullable String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append("null");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }
}
