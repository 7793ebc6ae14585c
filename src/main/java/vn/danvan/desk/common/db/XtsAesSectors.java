package vn.danvan.desk.common.db;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sector cipher of H2's encrypted files ({@code CIPHER=AES}): XTS over AES-128 with one key for the data and the
 * tweak, on sectors of 4096 bytes. The tweak of a sector is its number (little-endian, 16 bytes) encrypted; each
 * following 16-byte block's tweak is the one before multiplied by x in GF(2^128) (H2's {@code XTS}). The AES itself is
 * the JDK's, which uses the processor's AES instructions where it has them: H2's own AES, in plain Java, took a
 * quarter of a list import's time (docs/benchmarks.md). Not thread-safe: one per thread.
 */
final class XtsAesSectors {

    static final int SECTOR = 4096;
    private static final int BLOCK = 16;
    /** The reduction of x^128 in GF(2^128): x^7 + x^2 + x + 1. */
    private static final long FEEDBACK = 0x87;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final Cipher encryptor;
    private final Cipher decryptor;
    /** The tweaks of the current sector, one per 16-byte block. */
    private final byte[] tweaks = new byte[SECTOR];
    private final byte[] work = new byte[SECTOR];

    XtsAesSectors(SecretKeySpec key) {
        try {
            encryptor = Cipher.getInstance("AES/ECB/NoPadding");
            encryptor.init(Cipher.ENCRYPT_MODE, key);
            decryptor = Cipher.getInstance("AES/ECB/NoPadding");
            decryptor.init(Cipher.DECRYPT_MODE, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /** Encrypts the sector {@code sector} held in {@code data} from {@code offset}, in place. */
    void encrypt(long sector, byte[] data, int offset) {
        run(encryptor, sector, data, offset);
    }

    /** Decrypts the sector {@code sector} held in {@code data} from {@code offset}, in place. */
    void decrypt(long sector, byte[] data, int offset) {
        run(decryptor, sector, data, offset);
    }

    private void run(Cipher cipher, long sector, byte[] data, int offset) {
        makeTweaks(sector);
        for (int i = 0; i < SECTOR; i += Long.BYTES) {
            LONGS.set(work, i, (long) LONGS.get(data, offset + i) ^ (long) LONGS.get(tweaks, i));
        }
        update(cipher, work, 0, SECTOR, data, offset);
        for (int i = 0; i < SECTOR; i += Long.BYTES) {
            LONGS.set(data, offset + i, (long) LONGS.get(data, offset + i) ^ (long) LONGS.get(tweaks, i));
        }
    }

    private void makeTweaks(long sector) {
        LONGS.set(work, 0, sector);
        LONGS.set(work, Long.BYTES, 0L);
        update(encryptor, work, 0, BLOCK, tweaks, 0);
        long low = (long) LONGS.get(tweaks, 0);
        long high = (long) LONGS.get(tweaks, Long.BYTES);
        for (int i = BLOCK; i < SECTOR; i += BLOCK) {
            // the 128-bit little-endian number doubled; the bit shifted out comes back as the feedback
            long overflow = high >> 63;
            high = high << 1 | low >>> 63;
            low = low << 1 ^ overflow & FEEDBACK;
            LONGS.set(tweaks, i, low);
            LONGS.set(tweaks, i + Long.BYTES, high);
        }
    }

    private static void update(Cipher cipher, byte[] in, int inOffset, int length, byte[] out, int outOffset) {
        try {
            cipher.update(in, inOffset, length, out, outOffset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed on a whole sector", e);
        }
    }
}
