package org.onedoor.contract.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pseudonymous client keys: the first 16 hex digits of SHA-256 over a prefixed identifier, the same computed in Java (for
 * activity files) and in SQL (for recorded treatment, inside one {@code insert … select}). SHA-256 is spelt
 * differently by H2 and PostgreSQL, so the SQL expression is chosen by the database in use.
 */
final class EvidenceKeys {

    static final int LENGTH = 16;

    private final boolean postgres;

    EvidenceKeys(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    static String clientKey(String identifier) {
        return hash("client:" + identifier);
    }

    /** SQL for the client key of a uuid column, equal to {@link #clientKey} of the uuid's text. */
    String clientKeySql(String uuidColumn) {
        return hashSql("'client:' || cast(" + uuidColumn + " as varchar(36))");
    }

    private String hashSql(String text) {
        String hex = postgres ? "encode(sha256(convert_to(" + text + ", 'UTF8')), 'hex')"
                : "lower(rawtohex(hash('SHA-256', " + text + ")))";
        return "left(" + hex + ", " + LENGTH + ")";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
