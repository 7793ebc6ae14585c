package vn.danvan.desk.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.audit.AuditRepository;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.keys.KeyVault;

/**
 * Restores a data folder from a backup file in two steps, so nothing is replaced before everything is checked:
 * {@link #prepare} opens the file into a hidden folder beside the data (checksums, then the restored database
 * opened with the key, its schema and counts compared with the manifest); {@link #apply} moves the current
 * database, attachments and key file aside into {@code before-restore-YYYYMMDD-HHMMSS/}, moves the restored ones
 * in and opens them, and moves the old ones back if that fails. Works on a closed database (the caller closes it).
 */
public final class RestoreService {

    static final String ASIDE_PREFIX = "before-restore-";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> REPLACED = List.of(Database.FILE_NAME + ".mv.db", KeyVault.KEY_FILE,
            "attachments", Database.FILE_NAME + ".trace.db");

    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;
    private final int kdfIterations;

    public RestoreService(Path folder, Clock clock, ZoneId zone, int kdfIterations) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
        this.zone = zone;
        this.kdfIterations = kdfIterations;
    }

    /** A checked backup waiting in its folder; {@link #discard} it if the officer does not go on. */
    public record Prepared(Path backupFile, Path staging, BackupManifest manifest, DataKey key) {
    }

    /** What a restore did: the manifest restored and where the replaced data was kept. */
    public record Restored(BackupManifest manifest, Path keptAside) {

        /** What the login screen tells the officer afterwards. */
        public String describe(vn.danvan.desk.common.i18n.Messages messages) {
            return keptAside == null ? messages.get("backup.restore.done", when(manifest.createdAt()))
                    : messages.get("backup.restore.doneAside", when(manifest.createdAt()), keptAside);
        }
    }

    /** An instant of a header or manifest as office time, {@code dd/MM/yyyy HH:mm}. */
    public static String when(String instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(java.time.Instant.parse(instant).atZone(vn.danvan.desk.petition.OfficeClock.ZONE));
    }

    /**
     * Opens and checks {@code backupFile} without touching the data folder's database.
     *
     * @throws UserException not a backup, wrong password or key, changed or cut file, newer schema, counts differ
     */
    public Prepared prepare(Path backupFile, BackupUnlock unlock, ProgressMonitor monitor) {
        if (!Files.isRegularFile(backupFile)) {
            throw new UserException("backup.error.noFile", backupFile);
        }
        Path staging = null;
        try {
            Files.createDirectories(folder);
            staging = Files.createTempDirectory(folder, ".restore-");
            Path keysFolder = staging;
            BackupReader.Extracted extracted = new BackupReader(BackupService.json()).extract(backupFile,
                    header -> unlock(header, unlock, keysFolder), staging, monitor);
            writeKeyFile(staging, extracted.header());
            checkRestoredDatabase(staging, extracted);
            LOG.info("Backup {} checked: {}", backupFile, extracted.manifest().counts());
            return new Prepared(backupFile, staging, extracted.manifest(), extracted.key());
        } catch (IOException e) {
            deleteQuietly(staging);
            LOG.warn("Cannot read backup {}", backupFile, e);
            throw new UserException("backup.error.read", backupFile, e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Replaces the data folder's database, attachments and key file by the prepared ones. The database must be
     * closed. If the restored database does not open in place, the old files are moved back.
     */
    public Restored apply(Prepared prepared, Actor actor) {
        refuseIfInUse(prepared.key());
        Path aside = folder.resolve(ASIDE_PREFIX + STAMP.format(clock.instant().atZone(zone)));
        List<String> moved = new ArrayList<>();
        try {
            Files.createDirectories(aside);
            for (String name : REPLACED) {
                if (Files.exists(folder.resolve(name))) {
                    Files.move(folder.resolve(name), aside.resolve(name));
                    moved.add(name);
                }
            }
            for (String name : REPLACED) {
                if (Files.exists(prepared.staging().resolve(name))) {
                    Files.move(prepared.staging().resolve(name), folder.resolve(name));
                }
            }
            try (Database database = Database.open(folder, prepared.key())) {
                compareCounts(new BackupCountRepository(database).count(), prepared.manifest());
                database.transactions().run(() -> new AuditRepository(database, clock).append(
                        new Actor(null, actor.username(), actor.admin()), "RESTORE", "backup", null,
                        prepared.backupFile().getFileName() + " " + prepared.manifest().createdAt()
                                + (moved.isEmpty() ? "" : ", replaced data kept in " + aside.getFileName())));
            }
        } catch (IOException | DatabaseOpenException | RuntimeException e) {
            LOG.error("Restore of {} failed; putting the previous data back", prepared.backupFile(), e);
            putBack(aside, moved, prepared.staging());
            throw new UserException("backup.error.restoreFailed", String.valueOf(e.getMessage()));
        }
        deleteQuietly(prepared.staging());
        if (moved.isEmpty()) {
            deleteQuietly(aside);
        }
        LOG.info("Restored {} into {}; previous data in {}", prepared.backupFile(), folder,
                moved.isEmpty() ? "(none)" : aside);
        return new Restored(prepared.manifest(), moved.isEmpty() ? null : aside);
    }

    /** Forgets a prepared backup the officer did not restore. */
    public void discard(Prepared prepared) {
        deleteQuietly(prepared.staging());
    }

    private DataKey unlock(BackupHeader header, BackupUnlock unlock, Path keysFolder) {
        DataKey key;
        if (unlock instanceof BackupUnlock.WithKey withKey) {
            key = withKey.key();
        } else if (unlock instanceof BackupUnlock.WithRecoveryKey recovery) {
            key = recovery.recoveryKey().dataKey();
        } else {
            BackupUnlock.WithPassword password = (BackupUnlock.WithPassword) unlock;
            if (header.keyFile().isEmpty()) {
                throw new UserException("backup.error.noKeyFile");
            }
            writeKeyFile(keysFolder, header);
            char[] secret = password.password();
            try {
                key = new KeyVault(keysFolder, kdfIterations, clock).unlock(password.username(), secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }
        if (!KeyVault.fingerprint(key).equals(header.fingerprint())) {
            throw new UserException(unlock instanceof BackupUnlock.WithRecoveryKey
                    ? "backup.error.wrongRecoveryKey" : "backup.error.otherOffice");
        }
        return key;
    }

    private static void writeKeyFile(Path target, BackupHeader header) {
        if (header.keyFile().isEmpty()) {
            return;
        }
        try {
            Files.writeString(target.resolve(KeyVault.KEY_FILE), header.keyFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the restored database where it was unpacked: it must open with the key and hold what the manifest says. */
    private static void checkRestoredDatabase(Path staging, BackupReader.Extracted extracted) {
        try (Database database = Database.open(staging, extracted.key())) {
            BackupCountRepository repository = new BackupCountRepository(database);
            compareCounts(repository.count(), extracted.manifest());
        } catch (DatabaseOpenException e) {
            LOG.warn("The database inside the backup does not open", e);
            throw new UserException(e.reason() == DatabaseOpenException.Reason.NEWER_SCHEMA
                    ? "backup.error.newerSchema" : "backup.error.damaged",
                    extracted.manifest().schemaVersion(), Database.latestSchemaVersion());
        }
    }

    private static void compareCounts(BackupCounts found, BackupManifest manifest) {
        if (!found.equals(manifest.counts())) {
            LOG.warn("Restored counts {} differ from the manifest's {}", found, manifest.counts());
            throw new UserException("backup.error.counts");
        }
    }

    /** The app (or another program) has the database open: a restore would pull the file from under it. */
    private void refuseIfInUse(DataKey key) {
        if (!Database.exists(folder)) {
            return;
        }
        try (Database ignored = Database.open(folder, key)) {
            LOG.debug("The current database of {} is not in use", folder);
        } catch (DatabaseOpenException e) {
            if (e.reason() == DatabaseOpenException.Reason.IN_USE) {
                throw new UserException("error.db.inUse", folder);
            }
        }
    }

    private void putBack(Path aside, List<String> moved, Path staging) {
        for (String name : REPLACED) {
            try {
                if (moved.contains(name)) {
                    BackupWriter.deleteTree(folder.resolve(name));
                    Files.move(aside.resolve(name), folder.resolve(name));
                } else if (Files.exists(folder.resolve(name))) {
                    Files.move(folder.resolve(name), staging.resolve(name));
                }
            } catch (IOException e) {
                LOG.error("Cannot put {} back from {}: do it by hand", name, aside, e);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            BackupWriter.deleteTree(path);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", path, e);
        }
    }
}
