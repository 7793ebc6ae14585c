package vn.danvan.desk.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.danvan.desk.common.KeepOpenOutputStream;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.SealedStreams;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.db.Database;

/**
 * Writes one backup file: the plain {@link BackupHeader}, then a zip sealed with AES-GCM ({@link SealedStreams})
 * under {@code dataKey.fileKey("backup")} holding a consistent copy of the database file (made online as H2's
 * {@code BACKUP TO} makes it, {@link vn.danvan.desk.common.db.Database#backupTo}; pages still encrypted with the data
 * key), the attachment files as stored (already sealed) and
 * {@code manifest.json}. The file is written beside the target, forced to disk and renamed: a failure or a cancel
 * leaves no half file and any older file as it was.
 */
final class BackupWriter {

    static final String DATABASE_ENTRY = "danvan.mv.db";
    static final String ATTACHMENTS_PREFIX = "attachments/";
    static final String MANIFEST_ENTRY = "manifest.json";
    private static final int ATTEMPTS = 3;

    /** What one backup is made of. */
    record Source(Database database, Path dataFolder, javax.crypto.SecretKey payloadKey, BackupHeader header,
                  String officeName, Supplier<BackupCounts> counts) {
    }

    private final ObjectMapper json;

    BackupWriter(ObjectMapper json) {
        this.json = json;
    }

    BackupManifest write(Source source, Path target, ProgressMonitor monitor) throws IOException {
        Path work = Files.createTempDirectory(source.dataFolder(), ".backup-");
        try {
            Path databaseCopy = work.resolve("database.zip");
            BackupCounts counts = consistentCopy(source, databaseCopy);
            List<Path> attachments = attachmentFiles(source.dataFolder().resolve("attachments"));
            long total = Files.size(databaseCopy);
            for (Path file : attachments) {
                total += Files.size(file);
            }
            Progress progress = new Progress(monitor, total);
            Map<String, String> entries = new LinkedHashMap<>();
            Path part = target.resolveSibling("." + target.getFileName() + ".part");
            try {
                BackupManifest manifest;
                try (FileOutputStream file = new FileOutputStream(part.toFile())) {
                    OutputStream out = new BufferedOutputStream(file, 1 << 16);
                    String context = source.header().writeTo(out);
                    try (ZipOutputStream zip = new ZipOutputStream(
                            SealedStreams.sealing(new KeepOpenOutputStream(out), source.payloadKey(), context))) {
                        // the database pages are encrypted and the attachments sealed: nothing to compress
                        zip.setLevel(Deflater.NO_COMPRESSION);
                        copyDatabase(databaseCopy, zip, entries, progress);
                        for (Path attachment : attachments) {
                            String name = ATTACHMENTS_PREFIX + attachment.getFileName();
                            try (InputStream in = Files.newInputStream(attachment)) {
                                entries.put(name, copyEntry(name, in, zip, progress));
                            }
                        }
                        manifest = new BackupManifest(source.header().format(), source.header().appVersion(),
                                source.header().schemaVersion(), source.header().createdAt(), source.officeName(),
                                counts, entries);
                        zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                        zip.closeEntry();
                    }
                    out.flush();
                    file.getChannel().force(true);
                }
                move(part, target);
                return manifest;
            } finally {
                Files.deleteIfExists(part);
            }
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Copies the database while nothing changes the counts: counted before and after the copy; if a write came
     * between (another window's work), tries again.
     */
    private static BackupCounts consistentCopy(Source source, Path databaseCopy) throws IOException {
        for (int attempt = 1; ; attempt++) {
            BackupCounts before = source.counts().get();
            Files.deleteIfExists(databaseCopy);
            source.database().backupTo(databaseCopy);
            BackupCounts after = source.counts().get();
            if (before.equals(after) || attempt == ATTEMPTS) {
                return after;
            }
        }
    }

    private static void copyDatabase(Path databaseCopy, ZipOutputStream zip, Map<String, String> entries,
                                     Progress progress) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(databaseCopy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    entries.put(DATABASE_ENTRY, copyEntry(DATABASE_ENTRY, in, zip, progress));
                    return;
                }
            }
        }
        throw new IOException("H2's backup holds no database file");
    }

    private static String copyEntry(String name, InputStream in, ZipOutputStream zip, Progress progress)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = Sha256.newDigest();
        OutputStream out = new DigestOutputStream(new KeepOpenOutputStream(zip), digest);
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            progress.add(n);
        }
        zip.closeEntry();
        return Sha256.hex(digest);
    }

    private static List<Path> attachmentFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> BackupReader.isAttachmentName(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Bytes copied so far, reported to the monitor, which may cancel. */
    private static final class Progress {
        private final ProgressMonitor monitor;
        private final long total;
        private long done;

        Progress(ProgressMonitor monitor, long total) {
            this.monitor = monitor;
            this.total = total;
        }

        void add(long bytes) {
            done += bytes;
            monitor.progress(done, total);
            monitor.checkCancelled();
        }
    }
}
