package vn.danvan.desk.security.keys;

import vn.danvan.desk.common.db.DataKey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Wraps the data key with a key derived from a password: PBKDF2-HMAC-SHA256 (OWASP 2023: at least 600,000
 * iterations) and AES-256-GCM, whose tag tells a wrong password from a right one without storing any hash.
 * The officer's name is authenticated with the key, so one officer's entry cannot be copied under another name.
 */
final class PasswordWrap {

    static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final int iterations;
    private final SecureRandom random;

    PasswordWrap(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    int iterations() {
        return iterations;
    }

    WrappedKey wrap(DataKey key, String username, char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] plain = key.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(password, salt, iterations), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(label(username));
            byte[] sealed = cipher.doFinal(plain);
            return new WrappedKey(salt, iterations,
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The data key, or empty when the password (or the name) does not open this entry. */
    Optional<DataKey> unwrap(WrappedKey wrapped, String username, char[] password) {
        byte[] sealed = wrapped.sealed();
        if (sealed.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(password, wrapped.salt(), wrapped.iterations()),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(label(username));
            byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            try {
                return plain.length == DataKey.BYTES ? Optional.of(DataKey.of(plain)) : Optional.empty();
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static SecretKey derive(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(derived, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] label(String username) {
        return ("danvan-desk officer key v1:" + username).getBytes(StandardCharsets.UTF_8);
    }
}
