package org.onedoor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 32 random bytes, URL-safe base64 behind a recognisable {@code od_} prefix (so secret scanners and
 * people can tell what a leaked string is), kept only as a SHA-256 fingerprint. A fast hash is enough: the token is
 * random, not a guessable password, and is looked up on every API request.
 */
final class ApiClientTokens {

    static final String PREFIX = "od_";
    static final int PREFIX_LENGTH = 8;
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiClientTokens() {}

    static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, as 64 lower-case hex digits. */
    static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    static String prefixOf(String token) {
        return token.substring(0, PREFIX_LENGTH);
    }
}
