package vn.danvan.desk.common.db;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A database file in H2's encrypted format, read and written with the JDK's AES ({@link XtsAesSectors}); the bytes on
 * disk are those H2's {@code CIPHER=AES} reads and writes, so a file written by either opens with the other.
 *
 * <p>The format: a first sector of 4096 bytes holding {@code H2encrypt\n} and an 8-byte random salt; then the data,
 * sector by sector, sector {@code n} of the data at {@code 4096 * (n + 1)}. The AES key is PBKDF2-HMAC-SHA256 of the
 * password (as UTF-16 bytes) over the salt, 10 rounds, 16 bytes. A size that is not a whole number of sectors is kept
 * as H2 keeps it: the last sector whole, followed by as many bytes as the size has past a sector boundary.
 *
 * <p>Like H2's, it reads and writes nothing until first used (the caller locks the file first), and reads and writes
 * at positions from any thread at once; each thread has its own ciphers.
 */
final class EncryptedFileChannel extends FileBaseDefault {

    static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SECTOR = XtsAesSectors.SECTOR;
    private static final int SECTOR_MASK = SECTOR - 1;
    private static final int SALT_LENGTH = 8;
    private static final int HASH_ITERATIONS = 10;
    private static final int KEY_LENGTH = 16;
    private static final byte[] CHECKSUM_KEY = "fletcher:".getBytes(StandardCharsets.ISO_8859_1);

    private final String name;
    private final FileChannel base;
    private final Consumer<EncryptedFileChannel> onClose;
    /** Whether the file is a store's, whose header tells a wrong key on opening. */
    private final boolean store;
    private byte[] password;
    private volatile ThreadLocal<XtsAesSectors> sectors;
    /** The size of the data (without the first sector); writes at once may each extend it. */
    private final AtomicLong size = new AtomicLong();

    /**
     * {@code password}: the key's bytes (H2's {@code FilePathEncrypt.getPasswordBytes}); cleared once used.
     * {@code store}: the file is an H2 store's, whose header is checked when an existing file is first used.
     */
    EncryptedFileChannel(String name, byte[] password, FileChannel base, boolean store,
                         Consumer<EncryptedFileChannel> onClose) {
        this.name = name;
        this.base = base;
        this.store = store;
        this.password = password;
        this.onClose = onClose;
    }

    private ThreadLocal<XtsAesSectors> sectors() throws IOException {
        ThreadLocal<XtsAesSectors> ready = sectors;
        return ready != null ? ready : start();
    }

    private synchronized ThreadLocal<XtsAesSectors> start() throws IOException {
        if (sectors != null) {
            return sectors;
        }
        long stored = base.size() - SECTOR;
        byte[] salt = new byte[SALT_LENGTH];
        if (stored >= 0) {
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
        } else {
            new SecureRandom().nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, SECTOR);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
        }
        byte[] key = SHA256.getPBKDF2(password, salt, HASH_ITERATIONS, KEY_LENGTH);
        Arrays.fill(password, (byte) 0);
        password = null;
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        Arrays.fill(key, (byte) 0);
        ThreadLocal<XtsAesSectors> made = ThreadLocal.withInitial(() -> new XtsAesSectors(spec));
        if (stored >= 0) {
            size.set((stored & SECTOR_MASK) != 0 ? stored - SECTOR : stored);
            if (store) {
                checkKey(made.get());
            }
        }
        sectors = made;
        return made;
    }

    /**
     * A store's file begins with its header, written twice (sectors 0 and 1): one text line of key:value pairs ending
     * in a checksum. With another key, both decrypt to noise; H2 would then only say that the file is damaged.
     */
    private void checkKey(XtsAesSectors cipher) throws IOException {
        long sectorsStored = size.get() / SECTOR;
        for (int sector = 0; sector < Math.min(2, sectorsStored); sector++) {
            byte[] plain = new byte[SECTOR];
            readFully(base, SECTOR + (long) sector * SECTOR, ByteBuffer.wrap(plain));
            cipher.decrypt(sector, plain, 0);
            if (isStoreHeader(plain)) {
                return;
            }
        }
        if (sectorsStored > 0) {
            throw new WrongKeyException(name);
        }
    }

    private static boolean isStoreHeader(byte[] plain) {
        int end = 0;
        while (end < plain.length && plain[end] != '\n') {
            if (plain[end] < 0x20 || plain[end] > 0x7e) {
                return false;
            }
            end++;
        }
        for (int i = 0; end < plain.length && i + CHECKSUM_KEY.length <= end; i++) {
            if (Arrays.equals(plain, i, i + CHECKSUM_KEY.length, CHECKSUM_KEY, 0, CHECKSUM_KEY.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int length = dst.remaining();
        if (length == 0) {
            return 0;
        }
        ThreadLocal<XtsAesSectors> ciphers = sectors();
        long end = size.get();
        length = (int) Math.min(length, end - position);
        if (position >= end) {
            return -1;
        } else if (position < 0) {
            throw new IllegalArgumentException("position: " + position);
        }
        if ((position & SECTOR_MASK) != 0 || (length & SECTOR_MASK) != 0 || !dst.hasArray()) {
            long start = position & ~(long) SECTOR_MASK;
            int skip = (int) (position - start);
            int whole = (length + skip + SECTOR_MASK) & ~SECTOR_MASK;
            ByteBuffer sectorsRead = ByteBuffer.allocate(whole);
            readSectors(sectorsRead, start, whole, ciphers.get());
            sectorsRead.flip().limit(skip + length).position(skip);
            dst.put(sectorsRead);
            return length;
        }
        readSectors(dst, position, length, ciphers.get());
        return length;
    }

    private void readSectors(ByteBuffer dst, long position, int length, XtsAesSectors cipher) throws IOException {
        int at = dst.arrayOffset() + dst.position();
        readFully(base, position + SECTOR, dst);
        long sector = position / SECTOR;
        for (int done = 0; done < length; done += SECTOR) {
            cipher.decrypt(sector++, dst.array(), at + done);
        }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsAesSectors cipher = sectors().get();
        int length = src.remaining();
        if ((position & SECTOR_MASK) == 0 && (length & SECTOR_MASK) == 0) {
            writeSectors(src, position, length, cipher);
            size.accumulateAndGet(position + length, Math::max);
            return length;
        }
        // a part of a sector: the sectors it touches are read, changed and written whole
        long start = position & ~(long) SECTOR_MASK;
        int skip = (int) (position - start);
        int whole = (length + skip + SECTOR_MASK) & ~SECTOR_MASK;
        ByteBuffer changed = ByteBuffer.allocate(whole);
        int stored = (int) Math.min(whole, (size.get() - start + SECTOR_MASK) & ~(long) SECTOR_MASK);
        if (stored > 0) {
            // only the sectors the file has: a write that runs past the end reads none beyond it
            changed.limit(stored);
            readSectors(changed, start, stored, cipher);
            changed.clear();
        }
        changed.limit(skip + length).position(skip);
        changed.put(src).limit(whole).rewind();
        writeSectors(changed, start, whole, cipher);
        long end = size.accumulateAndGet(position + length, Math::max);
        // a size past a sector boundary is told by as many bytes after the last sector (H2 writes them after the
        // sectors just written, which for a write inside the file would be over the next sector's start)
        int past = (int) (end & SECTOR_MASK);
        if (past > 0) {
            writeFully(base, SECTOR + ((end + SECTOR_MASK) & ~(long) SECTOR_MASK), ByteBuffer.allocate(past));
        }
        return length;
    }

    private void writeSectors(ByteBuffer src, long position, int length, XtsAesSectors cipher) throws IOException {
        byte[] sealed = new byte[length];
        src.get(sealed);
        long sector = position / SECTOR;
        for (int done = 0; done < length; done += SECTOR) {
            cipher.encrypt(sector++, sealed, done);
        }
        writeFully(base, position + SECTOR, ByteBuffer.wrap(sealed));
    }

    @Override
    public long size() throws IOException {
        sectors();
        return size.get();
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        sectors();
        if (newSize > size.get()) {
            return;
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("size: " + newSize);
        }
        base.truncate(newSize + SECTOR + ((newSize & SECTOR_MASK) > 0 ? SECTOR : 0));
        size.set(newSize);
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long length, boolean shared) throws IOException {
        return base.tryLock(position, length, shared);
    }

    /**
     * Copies the file as stored, still encrypted, to {@code out}, from the channel H2 holds open (on Windows the
     * lock H2 holds keeps other handles from reading it), up to the length it had when the copy began: the caller
     * has H2 write new pages only past that end meanwhile, so what lies before it is the state to copy, and a writer
     * appending faster than the copy cannot keep it running.
     */
    long copyStored(OutputStream out) throws IOException {
        long length = base.size();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long copied = 0;
        while (copied < length) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - copied));
            int read = base.read(buffer, copied);
            if (read < 0) {
                throw new EOFException(name + " ended at " + copied + " of " + length + " bytes while copied");
            }
            out.write(buffer.array(), 0, read);
            copied += read;
        }
        return copied;
    }

    @Override
    protected void implCloseChannel() throws IOException {
        try {
            base.close();
        } finally {
            onClose.accept(this);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int read = file.read(dst, position);
            if (read < 0) {
                throw new EOFException(position + " is past the end of the file");
            }
            position += read;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            position += file.write(src, position);
        }
    }

    /** The key does not open the file: its header decrypts to neither of the store's header copies. */
    static final class WrongKeyException extends IOException {
        private static final long serialVersionUID = 1L;

        WrongKeyException(String file) {
            super("The key does not decrypt " + file);
        }
    }
}
