package vn.danvan.desk.security.keys;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The small text file beside the database that holds the data key wrapped once per officer
 * ({@code officer.NAME=iterations:salt:sealed}, Base64) and a fingerprint of the data key. It holds no password
 * and nothing that opens the data without one. Written to a temporary file, forced to the disk, then moved over
 * the old one, so a crash leaves either the old or the new file, never half of one.
 */
final class KeyFile {

    private static final String FORMAT = "format";
    private static final String FINGERPRINT = "fingerprint";
    private static final String OFFICER = "officer.";

    private final Path file;

    KeyFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    Contents read() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key file " + file, e);
        }
        Map<String, WrappedKey> officers = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(OFFICER)) {
                parse(properties.getProperty(name)).ifPresent(w -> officers.put(name.substring(OFFICER.length()), w));
            }
        }
        return new Contents(properties.getProperty(FINGERPRINT, ""), officers);
    }

    void write(Contents contents) {
        StringWriter text = new StringWriter();
        text.append("# Sổ Dân Vận: the data key, wrapped with each officer's password. Keep this file with the database.\n");
        text.append("# Without it, only the office's recovery key opens the data.\n");
        text.append(FORMAT).append("=1\n");
        text.append(FINGERPRINT).append('=').append(contents.fingerprint()).append('\n');
        Base64.Encoder base64 = Base64.getEncoder();
        contents.officers().forEach((name, wrapped) -> text.append(OFFICER).append(name).append('=')
                .append(String.valueOf(wrapped.iterations())).append(':')
                .append(base64.encodeToString(wrapped.salt())).append(':')
                .append(base64.encodeToString(wrapped.sealed())).append('\n'));
        writeDurably(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} so that a crash at any moment leaves the old or the new content. */
    static void writeDurably(Path target, byte[] bytes) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            ownerOnly(part);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do: the target is intact either way
            }
        }
    }

    /** On Linux and macOS, only the officer's own account may read the file. */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static Optional<WrappedKey> parse(String value) {
        String[] parts = value.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return Optional.of(new WrappedKey(base64.decode(parts[1]), Integer.parseInt(parts[0]),
                    base64.decode(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What the file holds: the data key's fingerprint and the entries by officer username. */
    record Contents(String fingerprint, Map<String, WrappedKey> officers) {

        Contents with(String username, WrappedKey wrapped) {
            Map<String, WrappedKey> copy = new TreeMap<>(officers);
            copy.put(username, wrapped);
            return new Contents(fingerprint, copy);
        }

        Contents without(String username) {
            Map<String, WrappedKey> copy = new TreeMap<>(officers);
            copy.remove(username);
            return new Contents(fingerprint, copy);
        }
    }
}
