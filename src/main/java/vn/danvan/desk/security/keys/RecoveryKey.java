package vn.danvan.desk.security.keys;

import vn.danvan.desk.common.db.DataKey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The office's recovery key: 160 random bits written as eight groups of four letters and digits
 * ({@code K7QD-...}), printed once at set-up for the head of office to keep on paper. The data key is derived
 * from it, so it unlocks the data even if every password is forgotten and even if the key file is lost.
 * Reading it back forgives case, spaces, dashes and the digits 0, 1 and 8 typed for the look-alike letters O, I and B.
 */
public final class RecoveryKey {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BYTES = 20;
    private static final int CHARACTERS = BYTES * 8 / 5;
    private static final byte[] DERIVATION = "danvan-desk data key v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] secret;

    private RecoveryKey(byte[] secret) {
        this.secret = secret;
    }

    public static RecoveryKey generate(SecureRandom random) {
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        return new RecoveryKey(secret);
    }

    /** The key as typed by a person, or empty when it cannot be one (wrong length or letters). */
    public static Optional<RecoveryKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder clean = new StringBuilder();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t', '\n', '\r' -> { }
                case '0' -> clean.append('O');
                case '1' -> clean.append('I');
                case '8' -> clean.append('B');
                default -> clean.append(c);
            }
        }
        if (clean.length() != CHARACTERS) {
            return Optional.empty();
        }
        byte[] secret = new byte[BYTES];
        long buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < clean.length(); i++) {
            int value = ALPHABET.indexOf(clean.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                secret[index++] = (byte) (buffer >> bits);
            }
        }
        return Optional.of(new RecoveryKey(secret));
    }

    /** The data key this recovery key stands for. */
    public DataKey dataKey() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return DataKey.of(mac.doFinal(DERIVATION));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Eight groups of four characters separated by dashes. */
    public String display() {
        StringBuilder out = new StringBuilder();
        long buffer = 0;
        int bits = 0;
        int written = 0;
        for (byte b : secret) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                if (written > 0 && written % 4 == 0) {
                    out.append('-');
                }
                out.append(ALPHABET.charAt((int) (buffer >> bits) & 0x1F));
                written++;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
