package vn.danvan.desk.backup;

import java.nio.file.Path;
import java.util.List;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;

/**
 * The officer's password opened the key, but the database file is damaged (it does not open, or the start-up
 * check failed). Carries the key, so the login screen can offer to restore the newest backup with it.
 */
public final class DamagedDatabase extends UserException {

    private static final long serialVersionUID = 1L;
    private final transient DataKey key;
    private final transient List<BackupCatalog.Entry> backups;

    public DamagedDatabase(Path folder, DataKey key, List<BackupCatalog.Entry> backups, Throwable cause) {
        super(backups.isEmpty() ? "error.db.damagedNoBackup" : "error.db.damaged", folder);
        this.key = key;
        this.backups = List.copyOf(backups);
        initCause(cause);
    }

    /** The automatic backups found (data folder and second folder), newest first; may be empty. */
    public List<BackupCatalog.Entry> backups() {
        return backups;
    }

    /**
     * Restores the newest of {@link #backups()} that passes every check (an older one if the newest is damaged too)
     * and returns what to tell the officer. Work for a background thread; the database must be closed.
     */
    public String restoreNewest(RestoreService restorer, vn.danvan.desk.common.i18n.Messages messages) {
        UserException last = new UserException("login.restoreOffer.none");
        for (BackupCatalog.Entry entry : backups) {
            try {
                RestoreService.Prepared prepared = restorer.prepare(entry.file(), new BackupUnlock.WithKey(key),
                        vn.danvan.desk.common.ProgressMonitor.NONE);
                RestoreService.Restored restored = restorer.apply(prepared,
                        new vn.danvan.desk.security.Actor(null, "login", true));
                return restored.describe(messages);
            } catch (UserException e) {
                org.slf4j.LoggerFactory.getLogger(DamagedDatabase.class)
                        .warn("Backup {} cannot be restored: {}", entry.file(), e.getMessage());
                last = e;
            }
        }
        throw last;
    }

    /** The login screen's offer after {@code failure}, when it is a damaged database with backups to restore. */
    public static java.util.Optional<vn.danvan.desk.security.LoginViewModel.Offer> offer(
            Throwable failure, java.util.function.Supplier<RestoreService> restorer,
            vn.danvan.desk.common.i18n.Messages messages) {
        if (!(failure instanceof DamagedDatabase damaged) || damaged.backups.isEmpty()) {
            return java.util.Optional.empty();
        }
        String newest = when(damaged.backups.get(0));
        return java.util.Optional.of(new vn.danvan.desk.security.LoginViewModel.Offer(
                messages.get("login.restoreOffer", newest), messages.get("login.restoreOffer.confirm", newest),
                () -> damaged.restoreNewest(restorer.get(), messages)));
    }

    /** When a backup was made, in office time, for the offer's label. */
    public static String when(BackupCatalog.Entry entry) {
        return RestoreService.when(entry.createdAt().toString());
    }

    public DataKey key() {
        return key;
    }
}
