package vn.danvan.desk.security.keys;

import java.security.SecureRandom;
import java.util.Optional;
import vn.danvan.desk.common.db.DataKey;

/**
 * A random key wrapped with a passphrase someone types, for files that leave the office (hand-over packages): the
 * same PBKDF2-HMAC-SHA256 + AES-GCM wrap as the officers' key file ({@link PasswordWrap}), with a label that ties
 * the wrapped key to what it opens. A wrong passphrase is told apart from a right one by the GCM tag.
 */
public final class PassphraseWrap {

    /** More than this many iterations in a file is not one of ours: refused before any work. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private final PasswordWrap wrap;

    public PassphraseWrap(int iterations) {
        this.wrap = new PasswordWrap(iterations, new SecureRandom());
    }

    /** A wrapped key: the salt, the iteration count and the sealed key (IV, ciphertext, tag). */
    public record Wrapped(byte[] salt, int iterations, byte[] sealed) {
    }

    public Wrapped wrap(DataKey key, String label, char[] passphrase) {
        WrappedKey wrapped = wrap.wrap(key, label, passphrase);
        return new Wrapped(wrapped.salt(), wrapped.iterations(), wrapped.sealed());
    }

    /** The key, or empty when the passphrase (or the label) does not open it. */
    public Optional<DataKey> unwrap(Wrapped wrapped, String label, char[] passphrase) {
        if (wrapped.iterations() < 1 || wrapped.iterations() > MAX_ITERATIONS
                || wrapped.salt().length != PasswordWrap.SALT_BYTES) {
            return Optional.empty();
        }
        return wrap.unwrap(new WrappedKey(wrapped.salt(), wrapped.iterations(), wrapped.sealed()), label,
                passphrase);
    }
}
