package vn.danvan.desk.attachment;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import javax.crypto.SecretKey;
import vn.danvan.desk.common.SealedStreams;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.security.Actor;

/**
 * Keeps attached files safely in the data folder ({@code attachments/}, named by a random key), encrypted with a
 * key derived from the office's data key ({@link SealedStreams}): the file is sealed to a temporary name, synced
 * to disk and then renamed, the SHA-256 of its plain content computed on the way; the row is written only after
 * the bytes are safe, and a file whose row could not be written is removed again.
 */
public final class AttachmentService {

    public static final long MAX_BYTES = 25L * 1024 * 1024;
    public static final String FOLDER = "attachments";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"), Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"), Map.entry("txt", "text/plain"));

    private final AttachmentRepository repository;
    private final Transactions transactions;
    private final Path folder;
    private final SecretKey key;

    public AttachmentService(AttachmentRepository repository, Transactions transactions, Path dataFolder,
                             SecretKey key) {
        this.repository = repository;
        this.transactions = transactions;
        this.folder = dataFolder.resolve(FOLDER);
        this.key = key;
    }

    public List<Attachment> list(Attachment.OwnerType owner, UUID ownerId) {
        return repository.list(owner, ownerId);
    }

    /**
     * Stores a copy of {@code source} with the record, listed under its file name made safe ({@link AttachmentNames}:
     * no path, control or device name survives); the original file is left as it is.
     */
    public Attachment attach(Attachment.OwnerType owner, UUID ownerId, Path source, String description, Actor actor) {
        String original = source.getFileName() == null ? "" : source.getFileName().toString();
        String name = AttachmentNames.safe(original);
        if (name.isEmpty()) {
            throw new UserException("error.attachment.noName", AttachmentNames.shown(original));
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String mediaType = TYPES.get(extension);
        if (mediaType == null) {
            throw new UserException("error.attachment.type", name, String.join(", ", new java.util.TreeSet<>(TYPES.keySet())));
        }
        long size;
        try {
            if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
                throw new UserException("error.attachment.unreadable", name);
            }
            size = Files.size(source);
        } catch (IOException e) {
            throw new UserException("error.attachment.unreadable", name);
        }
        if (size == 0 || size > MAX_BYTES) {
            throw new UserException("error.attachment.size", name, MAX_BYTES / (1024 * 1024));
        }
        String key = UUID.randomUUID().toString();
        String sha256 = copySafely(source, folder.resolve(key));
        try {
            return transactions.inTransaction(() -> repository.insert(owner, ownerId, name, mediaType, size, sha256,
                    key, VietnameseText.cleanOrNull(description), actor.officerId()));
        } catch (RuntimeException e) {
            deleteQuietly(folder.resolve(key));
            throw e;
        }
    }

    /**
     * Writes the plain content of the stored copy to {@code target} (e.g. a temporary file to open it, or a file
     * the officer chose), after checking it still has its recorded checksum; nothing is left at {@code target}
     * when the check fails.
     */
    public void copyTo(Attachment attachment, Path target) {
        Path file = folder.resolve(attachment.storageKey());
        if (!Files.isRegularFile(file)) {
            throw new UserException("error.attachment.missing", attachment.fileName());
        }
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = Files.newOutputStream(target)) {
            MessageDigest digest = Sha256.newDigest();
            SealedStreams.unseal(in, new DigestOutputStream(out, digest), key, attachment.storageKey());
            if (!Sha256.hex(digest).equals(attachment.sha256())) {
                throw new IOException("checksum differs");
            }
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UserException("error.attachment.damaged", attachment.fileName());
        }
    }

    /**
     * Seals attachment files stored before encryption (an office's first login after the update): each plain file
     * is replaced by its sealed copy. Returns how many were sealed.
     */
    public int sealPlainFiles() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int sealed = 0;
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".part"))::iterator) {
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(SealedStreams.magicLength());
                }
                if (!SealedStreams.isSealed(head)) {
                    seal(file, file, file.getFileName().toString());
                    sealed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the attachments in " + folder, e);
        }
        return sealed;
    }

    private String copySafely(Path source, Path target) {
        try {
            Files.createDirectories(folder);
            return seal(source, target, target.getFileName().toString());
        } catch (IOException e) {
            throw new UserException("error.attachment.write", folder);
        }
    }

    /** Seals {@code source} to a temporary file, forces it to disk, moves it to {@code target}; the plain SHA-256. */
    private String seal(Path source, Path target, String storageKey) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                 OutputStream out = new BufferedOutputStream(
                         Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                SealedStreams.seal(in, out, key, storageKey);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Sha256.hex(digest);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
