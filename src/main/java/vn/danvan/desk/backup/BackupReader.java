package vn.danvan.desk.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.SealedStreams;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.Database;

/**
 * Opens a backup file into a folder: reads the header, refuses a backup of a newer schema, unlocks the data key,
 * unseals the payload (every byte authenticated, a cut file noticed at its end) and writes its entries, then checks
 * every entry against the SHA-256 in the manifest. Nothing outside {@code into} is touched.
 */
final class BackupReader {

    private static final Pattern ATTACHMENT_NAME = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int MAX_MANIFEST = 64 << 20;

    /** What a checked backup holds, extracted into a folder. */
    record Extracted(BackupHeader header, BackupManifest manifest, DataKey key) {
    }

    private final ObjectMapper json;

    BackupReader(ObjectMapper json) {
        this.json = json;
    }

    /** Whether a file of the attachments folder is an attachment (named by its random key, not a {@code .part}). */
    static boolean isAttachmentName(String name) {
        return ATTACHMENT_NAME.matcher(name).matches();
    }

    /** Only the header: for listing backups and refusing early. */
    static BackupHeader header(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return BackupHeader.readFrom(in).header();
        }
    }

    Extracted extract(Path file, Function<BackupHeader, DataKey> unlock, Path into, ProgressMonitor monitor)
            throws IOException {
        try {
            return extractChecked(file, unlock, into, monitor);
        } catch (java.util.zip.ZipException | com.fasterxml.jackson.core.JacksonException e) {
            throw DamageIsUserError.damaged(e);
        }
    }

    private Extracted extractChecked(Path file, Function<BackupHeader, DataKey> unlock, Path into,
                                     ProgressMonitor monitor) throws IOException {
        long size = Files.size(file);
        try (CountingInput raw = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            BackupHeader.Read read = BackupHeader.readFrom(raw);
            refuseNewerSchema(read.header().schemaVersion());
            DataKey key = unlock.apply(read.header());
            Map<String, String> found = new HashMap<>();
            byte[] manifestBytes = null;
            try (InputStream plain = new DamageIsUserError(
                    SealedStreams.unsealing(raw, key.fileKey(BackupService.PAYLOAD_KEY), read.context()))) {
                ZipInputStream zip = new ZipInputStream(plain);
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    if (name.equals(BackupWriter.MANIFEST_ENTRY)) {
                        manifestBytes = zip.readNBytes(MAX_MANIFEST);
                    } else if (name.equals(BackupWriter.DATABASE_ENTRY) || name.startsWith(
                            BackupWriter.ATTACHMENTS_PREFIX) && isAttachmentName(
                            name.substring(BackupWriter.ATTACHMENTS_PREFIX.length()))) {
                        if (found.containsKey(name)) {
                            throw new UserException("backup.error.damaged");
                        }
                        found.put(name, copy(zip, into.resolve(name), raw, size, monitor));
                    } else {
                        throw new UserException("backup.error.damaged");
                    }
                }
                // the rest (the zip's directory and the last sealed chunk) is read too: a cut file fails here
                plain.transferTo(OutputStream.nullOutputStream());
            }
            if (manifestBytes == null) {
                throw new UserException("backup.error.damaged");
            }
            BackupManifest manifest = json.readValue(manifestBytes, BackupManifest.class);
            refuseNewerSchema(manifest.schemaVersion());
            if (!manifest.entries().equals(found) || !found.containsKey(BackupWriter.DATABASE_ENTRY)) {
                throw new UserException("backup.error.checksum");
            }
            return new Extracted(read.header(), manifest, key);
        }
    }

    private static void refuseNewerSchema(String schemaVersion) {
        if (Database.isNewerThanThisApp(schemaVersion)) {
            throw new UserException("backup.error.newerSchema", schemaVersion, Database.latestSchemaVersion());
        }
    }

    private static String copy(InputStream in, Path target, CountingInput raw, long size, ProgressMonitor monitor)
            throws IOException {
        Files.createDirectories(target.getParent());
        MessageDigest digest = Sha256.newDigest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                monitor.progress(raw.count, size);
                monitor.checkCancelled();
            }
        }
        return Sha256.hex(digest);
    }

    /** Counts the bytes read from the file, for the progress bar. */
    private static final class CountingInput extends FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            count += Math.max(0, n);
            return n;
        }
    }

    /** A read error of the sealed payload (changed, cut, not a zip) is the backup's fault: say so in words. */
    private static final class DamageIsUserError extends FilterInputStream {
        DamageIsUserError(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            try {
                return super.read(bytes, offset, length);
            } catch (IOException e) {
                throw damaged(e);
            }
        }

        static UserException damaged(IOException e) {
            org.slf4j.LoggerFactory.getLogger(BackupReader.class).warn("Backup payload refused: {}", e.getMessage());
            return new UserException("backup.error.damaged");
        }
    }
}
