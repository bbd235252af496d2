package org.zonelab.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 written as 64 lower-case hex digits: the one digest of ZoneLab, for input files (scenario
 * fingerprints), output files (manifests), the build identity and sweep fingerprints. It lives in
 * {@code scenario}, the lowest layer that the experiment and output layers both use.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** A new SHA-256 digest, to feed in parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Finishes a digest and writes it in hex. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The hex SHA-256 of some bytes. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hex SHA-256 of a text's UTF-8 bytes. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
