package vn.danvan.desk.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.AppVersion;
import vn.danvan.desk.audit.AuditRepository;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.keys.KeyVault;

/**
 * Backups of the open database: one encrypted file ({@value #EXTENSION}) with the database, the attachments, the
 * key file and a manifest; and the start-up's consistency check. Whoever holds an officer's password (through the
 * key file inside) or the office's recovery key can open a backup; nobody else.
 */
public final class BackupService {

    public static final String EXTENSION = ".dvbak";
    /** The derivation label of the payload key: {@code dataKey.fileKey("backup")}. */
    static final String PAYLOAD_KEY = "backup";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final int RECENT_PETITIONS_CHECKED = 200;

    private final Database database;
    private final DataKey key;
    private final BackupCountRepository counts;
    private final AuditRepository audit;
    private final Transactions transactions;
    private final Supplier<String> officeName;
    private final Clock clock;

    public BackupService(Database database, DataKey key, BackupCountRepository counts, AuditRepository audit,
                         Supplier<String> officeName, Clock clock) {
        this.database = database;
        this.key = key;
        this.counts = counts;
        this.audit = audit;
        this.transactions = database.transactions();
        this.officeName = officeName;
        this.clock = clock;
    }

    /** The JSON mapper of manifests: unknown fields of a later format are ignored. */
    static ObjectMapper json() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /**
     * Writes a backup of the open database to {@code target} (replaced if it exists) and records it in the audit
     * log. Work for a background thread: {@code monitor} sees the bytes copied and may cancel.
     */
    public BackupResult backup(Path target, Actor actor, ProgressMonitor monitor) {
        if (key == null) {
            throw new IllegalStateException("A database from before encryption is not backed up");
        }
        long started = System.nanoTime();
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            BackupHeader header = new BackupHeader(BackupHeader.FORMAT, clock.instant().toString(),
                    AppVersion.current(), database.schemaVersion(), KeyVault.fingerprint(key), keyFileText());
            BackupManifest manifest = new BackupWriter(json()).write(new BackupWriter.Source(database,
                    database.directory(), key.fileKey(PAYLOAD_KEY), header, officeName.get(), counts::count),
                    absolute, monitor);
            long bytes = Files.size(absolute);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Backup written to {}: {} bytes, {} petitions, {} attachments, {} ms", absolute, bytes,
                    manifest.counts().petitions(), manifest.counts().attachments(), millis);
            transactions.run(() -> audit.append(actor, "BACKUP", "backup", null,
                    absolute.getFileName() + " " + manifest.counts()));
            return new BackupResult(absolute, manifest, bytes, millis);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Backup to {} failed", absolute, e);
            throw new UserException("backup.error.write", absolute, e.getMessage());
        }
    }

    /**
     * The start-up check after the database opened: it knows its officers (H2 opens a file whose chunks were wiped
     * as a new, empty database, which Flyway would then fill with an empty schema), every main table counts, and the
     * newest petitions all have their history (reads the pages written last). Throws when the file is damaged.
     */
    public BackupCounts checkConsistency() {
        long started = System.nanoTime();
        if (counts.officers() == 0) {
            throw new IllegalStateException("The database knows no officer: it is empty or damaged");
        }
        BackupCounts found = counts.count();
        int missing = counts.recentPetitionsWithoutHistory(RECENT_PETITIONS_CHECKED);
        LOG.info("Consistency check: {} in {} ms", found, (System.nanoTime() - started) / 1_000_000);
        if (missing > 0) {
            throw new IllegalStateException(missing + " recent petitions have no history");
        }
        return found;
    }

    /** The main tables' counts now. */
    public BackupCounts counts() {
        return counts.count();
    }

    /** The data key of the open database: the window's restore uses it to open backups of the same office. */
    public DataKey dataKey() {
        return key;
    }

    public Path dataFolder() {
        return database.directory();
    }

    private String keyFileText() throws IOException {
        Path file = database.directory().resolve(KeyVault.KEY_FILE);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** A backup written: where, what it holds, its size in bytes and how long it took. */
    public record BackupResult(Path file, BackupManifest manifest, long bytes, long millis) {
    }
}
