package vn.danvan.desk.attachment;

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
import java.util.regex.Pattern;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.security.Actor;

/**
 * Keeps attached files safely in the data folder ({@code attachments/}, named by a random key): the file is
 * copied to a temporary name, synced to disk and then renamed, its SHA-256 computed on the way; the row is
 * written only after the bytes are safe, and a file whose row could not be written is removed again.
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
    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private final AttachmentRepository repository;
    private final Transactions transactions;
    private final Path folder;

    public AttachmentService(AttachmentRepository repository, Transactions transactions, Path dataFolder) {
        this.repository = repository;
        this.transactions = transactions;
        this.folder = dataFolder.resolve(FOLDER);
    }

    public List<Attachment> list(Attachment.OwnerType owner, UUID ownerId) {
        return repository.list(owner, ownerId);
    }

    /** Stores a copy of {@code source} with the record; the original file is left as it is. */
    public Attachment attach(Attachment.OwnerType owner, UUID ownerId, Path source, String description, Actor actor) {
        String name = VietnameseText.clean(source.getFileName() == null ? "" : source.getFileName().toString());
        if (name.isEmpty() || name.length() > 255 || UNSAFE_NAME.matcher(name).find()) {
            throw new UserException("error.attachment.name", name);
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

    /** Where the stored copy is, after checking it still has its recorded checksum. */
    public Path verifiedFile(Attachment attachment) {
        Path file = folder.resolve(attachment.storageKey());
        try (InputStream in = Files.newInputStream(file)) {
            if (!Sha256.copy(in, OutputStream.nullOutputStream()).equals(attachment.sha256())) {
                throw new UserException("error.attachment.damaged", attachment.fileName());
            }
        } catch (IOException e) {
            throw new UserException("error.attachment.missing", attachment.fileName());
        }
        return file;
    }

    private String copySafely(Path source, Path target) {
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            String sha;
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                sha = Sha256.copy(in, out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return sha;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UserException("error.attachment.write", folder);
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
