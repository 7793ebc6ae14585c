package vn.danvan.desk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums as lower-case hex: of text (the audit chain) and of streams (attachments). */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(String text) {
        MessageDigest digest = newDigest();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return hex(digest);
    }

    /** Reads {@code in} to its end, writing it to {@code out} (may be a null stream), and returns its checksum. */
    public static String copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = newDigest();
        try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
            hashing.transferTo(out);
        }
        return hex(digest);
    }
}
