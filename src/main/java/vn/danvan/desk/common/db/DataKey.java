package vn.danvan.desk.common.db;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random 256-bit key that encrypts the office's data: the database file (as H2's file password) and the
 * attachments. Nobody types or sees it: it is derived from the recovery key and kept in the key file only
 * wrapped with a key derived from each officer's password.
 */
public final class DataKey {

    public static final int BYTES = 32;

    private final byte[] bytes;

    private DataKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A data key has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** The key with these {@value #BYTES} bytes (copied). */
    public static DataKey of(byte[] bytes) {
        return new DataKey(bytes);
    }

    /** The password H2 encrypts the database file with ({@code CIPHER=AES}). */
    public char[] filePassword() {
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    /** An AES key for files (attachments, backups), separate from the file password by a derivation label. */
    public SecretKey fileKey(String purpose) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            digest.update(("danvan-desk file key: " + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new SecretKeySpec(digest.digest(), "AES");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the key's bytes; the caller should clear it after use. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
