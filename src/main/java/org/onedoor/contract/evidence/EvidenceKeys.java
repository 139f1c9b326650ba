package org.onedoor.contract.evidence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous evidence keys: a keyed hash, HMAC-SHA-256 with the configured secret
 * ({@link EvidenceSettings#evidenceKeySecret()}), of the client's identifier and, separately, of the episode's, cut to
 * the first 32 hex digits (128 bits, as RFC 2104 advises at the least). Without the secret nobody can go from a key
 * back to a client id, an attributor or an episode, nor test a guess. The same keys come from Java (activity files,
 * read row by row as they stream in) and from SQL (recorded treatment, inside the set-based snapshot statement),
 * where HMAC is written out as its standard construction H((K xor opad) || H((K xor ipad) || m)) over the database's
 * own SHA-256, with the two padded keys computed here and bound as parameters ({@link #bindKeys}).
 */
@Component
class EvidenceKeys {

    static final int LENGTH = 32;
    private static final int BLOCK = 64;

    private final boolean postgres;
    private final byte[] key;
    private final byte[] innerPad;
    private final byte[] outerPad;

    EvidenceKeys(JdbcTemplate jdbc, EvidenceSettings settings) {
        String product =
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
        this.key = settings.evidenceKeySecret().getBytes(StandardCharsets.UTF_8);
        byte[] block = Arrays.copyOf(key.length > BLOCK ? sha256(key) : key, BLOCK);
        this.innerPad = xor(block, (byte) 0x36);
        this.outerPad = xor(block, (byte) 0x5c);
    }

    /** The key of a client known by this identifier (a OneDoor client id, a CLIENTID or an attributor). */
    String clientKey(String identifier) {
        return hmac("client:" + identifier).substring(0, LENGTH);
    }

    /** The key of an episode known by this identifier (a OneDoor episode id, or agency/EPISODID of a file). */
    String episodeKey(String identifier) {
        return hmac("episode:" + identifier).substring(0, LENGTH);
    }

    /** SQL for the client key of a uuid column, equal to {@link #clientKey} of the uuid's text. */
    String clientKeySql(String uuidColumn) {
        return "left(" + hmacSql("'client:' || cast(" + uuidColumn + " as varchar(36))") + ", " + LENGTH + ")";
    }

    /** SQL for the episode key of a uuid column (null for null), equal to {@link #episodeKey} of the uuid's text. */
    String episodeKeySql(String uuidColumn) {
        return "case when " + uuidColumn + " is not null then left("
                + hmacSql("'episode:' || cast(" + uuidColumn + " as varchar(36))") + ", " + LENGTH + ") end";
    }

    /** Binds the padded keys that {@link #clientKeySql} and {@link #episodeKeySql} use. */
    JdbcClient.StatementSpec bindKeys(JdbcClient.StatementSpec statement) {
        return statement.param("evidenceInnerPad", innerPad).param("evidenceOuterPad", outerPad);
    }

    /** The whole HMAC-SHA-256 of a text expression, in lower-case hex, in the database's own SQL. */
    String hmacSql(String text) {
        if (postgres) {
            return "encode(sha256(cast(:evidenceOuterPad as bytea) || sha256(cast(:evidenceInnerPad as bytea)"
                    + " || convert_to(" + text + ", 'UTF8'))), 'hex')";
        }
        return "lower(rawtohex(hash('SHA-256', cast(:evidenceOuterPad as varbinary) || hash('SHA-256',"
                + " cast(:evidenceInnerPad as varbinary) || stringtoutf8(" + text + ")))))";
    }

    /** The whole HMAC-SHA-256 of a text in lower-case hex, by the Java runtime's own implementation. */
    String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] xor(byte[] block, byte pad) {
        byte[] padded = new byte[block.length];
        for (int i = 0; i < block.length; i++) {
            padded[i] = (byte) (block[i] ^ pad);
        }
        return padded;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
