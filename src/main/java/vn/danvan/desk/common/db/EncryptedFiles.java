package vn.danvan.desk.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * H2's file system for the register's encrypted database file: {@code danvanaes:TOKEN:/folder/danvan}, where TOKEN
 * names a key given to {@link #register}. The store's files ({@code *.mv.db}, and the {@code .tempFile} and
 * {@code .newFile} of a compaction) are read and written through {@link EncryptedFileChannel}, in the format of H2's
 * {@code CIPHER=AES} but with the JDK's AES; any other file (H2's trace file) passes through as it is.
 *
 * <p>H2 finds a file system by the scheme of the file name, in its own static registry, and makes its path objects
 * by reflection: the keys can only reach them through a static map. A key is in it from {@link #register} until its
 * registration is closed, and is never written anywhere; the token is random and says nothing of the key.
 */
public final class EncryptedFiles extends FilePathWrapper {

    static final String SCHEME = "danvanaes";
    private static final Map<String, Registration> KEYS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new EncryptedFiles());
    }

    /** For H2 (its registry and {@link #wrap}); the register uses {@link #register}. */
    public EncryptedFiles() {
        // path objects are filled in by FilePathWrapper
    }

    /**
     * Makes {@code filePassword} (ASCII, as H2's {@code CIPHER=AES} password) the key of the files named by the URL
     * path that the registration gives, until it is closed.
     */
    public static Registration register(char[] filePassword) {
        Registration registration = new Registration(UUID.randomUUID().toString().replace("-", ""),
                FilePathEncrypt.getPasswordBytes(filePassword));
        KEYS.put(registration.token, registration);
        return registration;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + token(name) + ":";
    }

    @Override
    protected FilePath unwrap(String path) {
        String rest = path.substring(SCHEME.length() + 1);
        return FilePath.get(rest.substring(rest.indexOf(':') + 1));
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (!isStore(getBase().getName())) {
            return getBase().open(mode);
        }
        Registration registration = KEYS.get(token(name));
        if (registration == null) {
            throw new IOException("No key is registered for " + getBase());
        }
        return registration.opened(name, getBase(), mode);
    }

    @Override
    public long size() {
        long stored = getBase().size();
        if (!isStore(getBase().getName())) {
            return stored;
        }
        long data = Math.max(0, stored - XtsAesSectors.SECTOR);
        return (data & (XtsAesSectors.SECTOR - 1)) != 0 ? data - XtsAesSectors.SECTOR : data;
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return isStore(getBase().getName()) ? Channels.newInputStream(open("r")) : super.newInputStream();
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return isStore(getBase().getName()) ? newFileChannelOutputStream(open("rw"), append)
                : super.newOutputStream(append);
    }

    /** The store's file, or the file a compaction writes it to. */
    private static boolean isStore(String fileName) {
        return fileName.contains(".mv.db");
    }

    private static String token(String path) {
        String rest = path.substring(SCHEME.length() + 1);
        return rest.substring(0, rest.indexOf(':'));
    }

    /** A key made usable by H2 under a token; closing it forgets the key. */
    public static final class Registration implements AutoCloseable {

        private final String token;
        private final byte[] password;
        private final Set<EncryptedFileChannel> open = ConcurrentHashMap.newKeySet();
        /** Set by {@link #close}, under this object's lock, before the key is cleared. */
        private boolean closed;

        private Registration(String token, byte[] password) {
            this.token = token;
            this.password = password;
        }

        /** H2's URL for the database whose files are {@code base} + {@code .mv.db} and so on. */
        public String url(Path base) {
            return "jdbc:h2:" + SCHEME + ":" + token + ":" + base.toAbsolutePath();
        }

        /**
         * Copies the store's file as stored (encrypted) to {@code out}, through the channel H2 has open on it.
         *
         * @throws IOException if H2 has no store file of this key open
         */
        public long copyStoredFile(OutputStream out) throws IOException {
            EncryptedFileChannel store = open.stream().filter(c -> c.toString().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IOException("The database file is not open"));
            return store.copyStored(out);
        }

        /**
         * Opens {@code file} (the store's, reached as {@code name}) with a copy of the key. Refused once the
         * registration is closed: a connection H2 still held after that must not open a file with a cleared key
         * (it would read noise, or encrypt a new file under a key of zeros).
         */
        private synchronized EncryptedFileChannel opened(String name, FilePath file, String mode) throws IOException {
            if (closed) {
                throw new IOException("The key of " + file + " is no longer registered");
            }
            EncryptedFileChannel channel = new EncryptedFileChannel(name, password.clone(), file.open(mode), true,
                    this::closed);
            open.add(channel);
            return channel;
        }

        private void closed(EncryptedFileChannel channel) {
            open.remove(channel);
        }

        @Override
        public synchronized void close() {
            closed = true;
            KEYS.remove(token);
            java.util.Arrays.fill(password, (byte) 0);
        }
    }
}
