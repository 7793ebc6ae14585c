package vn.danvan.desk.common;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a stream of any length with AES-256-GCM in 64 KB chunks (the "STREAM" construction): each chunk has
 * its own tag, its number and a last-chunk flag are authenticated, so a reader notices a changed, reordered,
 * truncated or extended file, and neither side needs the whole file in memory. A file starts with a magic word,
 * so sealed and plain files can be told apart. The {@code context} (e.g. the attachment's storage name) is
 * authenticated too: a sealed file moved to another name does not open.
 */
public final class SealedStreams {

    private static final byte[] MAGIC = "DVSEAL1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;
    private static final int NONCE_PREFIX = 7;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedStreams() {
    }

    /** Whether {@code head} (the first bytes of a file) is the start of a sealed file. */
    public static boolean isSealed(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    public static int magicLength() {
        return MAGIC.length;
    }

    /** Writes {@code in} sealed to {@code out}; returns how many plain bytes were sealed. */
    public static long seal(InputStream in, OutputStream out, SecretKey key, String context) throws IOException {
        byte[] prefix = new byte[NONCE_PREFIX];
        RANDOM.nextBytes(prefix);
        out.write(MAGIC);
        out.write(prefix);
        byte[] current = in.readNBytes(CHUNK);
        long total = 0;
        int index = 0;
        while (true) {
            byte[] next = current.length < CHUNK ? new byte[0] : in.readNBytes(CHUNK);
            boolean last = next.length == 0;
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, prefix, index, last, context, current);
            out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
            out.write(sealed);
            total += current.length;
            if (last) {
                return total;
            }
            current = next;
            index++;
        }
    }

    /**
     * Writes the plain content of the sealed {@code in} to {@code out}.
     *
     * @throws IOException when the file is not sealed, was changed or cut short, or the key or context is wrong
     */
    public static long unseal(InputStream in, OutputStream out, SecretKey key, String context) throws IOException {
        return unsealing(in, key, context).transferTo(out);
    }

    /**
     * An output stream that seals what is written to it into {@code out}, in the same format as {@link #seal}
     * (for content produced by a writer, e.g. a zip). The last chunk is written when the stream is closed, which
     * also closes {@code out}.
     */
    public static OutputStream sealing(OutputStream out, SecretKey key, String context) throws IOException {
        byte[] prefix = new byte[NONCE_PREFIX];
        RANDOM.nextBytes(prefix);
        out.write(MAGIC);
        out.write(prefix);
        return new OutputStream() {
            private final byte[] buffer = new byte[CHUNK];
            private int filled;
            private int index;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                while (length > 0) {
                    if (filled == CHUNK) {
                        // more content follows, so the full buffer is not the last chunk
                        emit(false);
                    }
                    int n = Math.min(length, CHUNK - filled);
                    System.arraycopy(bytes, offset, buffer, filled, n);
                    filled += n;
                    offset += n;
                    length -= n;
                }
            }

            private void emit(boolean last) throws IOException {
                byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, prefix, index++, last, context,
                        Arrays.copyOf(buffer, filled));
                out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
                out.write(sealed);
                filled = 0;
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    emit(true);
                    out.close();
                }
            }
        };
    }

    /**
     * An input stream of the plain content of the sealed {@code in} (for a reader that pulls, e.g. a zip reader).
     * Every byte it returns has been authenticated; a changed or cut file ends in an {@link IOException} before
     * the end of the stream is reported.
     */
    public static InputStream unsealing(InputStream in, SecretKey key, String context) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, CHUNK + 64));
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("Not a sealed file");
        }
        byte[] prefix = data.readNBytes(NONCE_PREFIX);
        if (prefix.length != NONCE_PREFIX) {
            throw new IOException("Sealed file is cut short");
        }
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int position;
            private int index;
            private boolean ended;

            private boolean fill() throws IOException {
                while (position == plain.length) {
                    if (ended) {
                        return false;
                    }
                    int length;
                    try {
                        length = data.readInt();
                    } catch (EOFException e) {
                        throw new IOException("Sealed file is cut short", e);
                    }
                    if (length < TAG_BITS / 8 || length > CHUNK + TAG_BITS / 8) {
                        throw new IOException("Sealed file is damaged");
                    }
                    byte[] sealed = data.readNBytes(length);
                    if (sealed.length != length) {
                        throw new IOException("Sealed file is cut short");
                    }
                    ended = isAtEnd(data);
                    plain = crypt(Cipher.DECRYPT_MODE, key, prefix, index++, ended, context, sealed);
                    position = 0;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return fill() ? plain[position++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, plain.length - position);
                System.arraycopy(plain, position, bytes, offset, n);
                position += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                data.close();
            }
        };
    }

    private static boolean isAtEnd(DataInputStream data) throws IOException {
        data.mark(1);
        int next = data.read();
        data.reset();
        return next < 0;
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] prefix, int index, boolean last, String context,
                                byte[] input) throws IOException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IOException("Sealed file was changed or belongs elsewhere", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
