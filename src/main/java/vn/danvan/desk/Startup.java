package vn.danvan.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.backup.BackupCatalog;
import vn.danvan.desk.backup.BackupSettings;
import vn.danvan.desk.backup.DamagedDatabase;
import vn.danvan.desk.backup.RestoreService;
import vn.danvan.desk.settings.LocalPreferences;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.DatabaseOpenException;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.PasswordHasher;
import vn.danvan.desk.security.keys.KeyVault;
import vn.danvan.desk.security.keys.RecoveryKey;
import vn.danvan.desk.setup.SetupRequest;
import vn.danvan.desk.setup.SetupService;

/**
 * Everything before the database is open, for the window and the command line alike. The database file is
 * encrypted and its key exists only wrapped with officers' passwords, so the services open only after a login
 * (or the set-up that creates the key, or the office's recovery key). A database from before encryption is
 * encrypted at an administrator's first login.
 */
public final class Startup {

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);
    /** Present from the start of a set-up until the office is saved. */
    private static final String SETUP_MARKER = "setup_incomplete";

    /** What the data folder needs first. */
    public enum State {
        /** Nothing there yet: set up a new office. */
        NEW,
        /** Keys and database: log in. */
        LOGIN,
        /** A database from before encryption: an administrator's login encrypts it. */
        UNENCRYPTED,
        /** An encrypted database whose key file is missing: only the recovery key opens it. */
        KEYS_LOST
    }

    /** An officer logged in, with the open services; a recovery key to show when one was just made. */
    public record SignedIn(AppServices services, Officer officer, Optional<RecoveryKey> newRecoveryKey) {
    }

    private final Path folder;
    private final Clock clock;
    private final int passwordCost;
    private final KeyVault vault;

    public Startup(Path folder, Clock clock, int passwordCost, int kdfIterations) {
        this.folder = folder;
        this.clock = clock;
        this.passwordCost = passwordCost;
        this.vault = new KeyVault(folder, kdfIterations, clock);
    }

    /** With production settings: the system clock, bcrypt cost 12, PBKDF2 600,000 iterations. */
    public static Startup of(Path folder) {
        return new Startup(folder, Clock.systemUTC(), PasswordHasher.DEFAULT_COST, KeyVault.DEFAULT_ITERATIONS);
    }

    public Path folder() {
        return folder;
    }

    public State state() {
        if (Files.exists(folder.resolve(SETUP_MARKER))) {
            return State.NEW; // a set-up stopped half-way (power cut, killed): it starts again from nothing
        }
        if (vault.exists()) {
            return State.LOGIN;
        }
        if (!Database.exists(folder)) {
            return State.NEW;
        }
        return Database.isEncrypted(folder) ? State.KEYS_LOST : State.UNENCRYPTED;
    }

    /** The only officer who holds a key, if there is exactly one (the command line's default {@code --user}). */
    public Optional<String> onlyOfficer() {
        var names = vault.officers();
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }

    /**
     * Logs an officer in: unwraps the data key with the password, opens the database, checks the account.
     *
     * @throws UserException for a wrong name or password, a locked login, an inactive account
     */
    public SignedIn logIn(String username, char[] password) throws DatabaseOpenException {
        return logIn(username, password, services -> CompletableFuture.completedFuture(null));
    }

    /**
     * As {@link #logIn(String, char[])}; {@code alongside} starts work on another thread as soon as the register is
     * open and checked, while this thread verifies the account's password hash (the window reads its first page). A
     * refused account waits for that work to end before the database is closed. Not called for a register that is
     * encrypted at this login.
     */
    public SignedIn logIn(String username, char[] password, Function<AppServices, Future<?>> alongside)
            throws DatabaseOpenException {
        refuseUnwritableFolder();
        State state = state();
        if (state == State.UNENCRYPTED) {
            return encryptAtFirstLogin(username, password);
        }
        if (state == State.KEYS_LOST) {
            throw new UserException("login.error.keysLost");
        }
        DataKey key = vault.unlock(username, password);
        AppServices services = openChecked(key);
        Future<?> started = alongside.apply(services);
        Officer officer = checkAccount(services, username, password, started);
        return signedIn(services, officer, "đăng nhập", Optional.empty());
    }

    /** First start: the keys (and the recovery key to show), the encrypted database, the office and its admin. */
    public SignedIn setUp(SetupRequest request) throws DatabaseOpenException {
        SetupService.check(request);
        if (state() != State.NEW) {
            throw new UserException("error.setup.alreadyDone");
        }
        discardHalfSetUp();
        Path marker = folder.resolve(SETUP_MARKER);
        try {
            Files.createDirectories(folder);
            Files.writeString(marker, "set-up started " + clock.instant() + "\n");
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE, "Cannot write in " + folder, e);
        }
        KeyVault.Created created = vault.create(request.adminUsername(), request.adminPassword().toCharArray());
        AppServices services = null;
        try {
            services = AppServices.open(folder, created.dataKey(), vault, clock, passwordCost);
            Officer admin = services.setup().setUp(request);
            services.preferences().setOfficeName(request.officeName().strip());
            Files.delete(marker);
            return signedIn(services, admin, "thiết lập cơ quan", Optional.of(created.recoveryKey()));
        } catch (IOException e) {
            services.close();
            discardFailedSetUp();
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE, "Cannot write in " + folder, e);
        } catch (RuntimeException | DatabaseOpenException e) {
            if (services != null) {
                services.close();
            }
            discardFailedSetUp();
            throw e;
        }
    }

    /**
     * Forgotten passwords: the office's recovery key opens the data and sets a new password for one active
     * officer, who is then logged in. Also re-creates a lost key file.
     */
    public SignedIn recover(RecoveryKey recoveryKey, String username, String newPassword)
            throws DatabaseOpenException {
        DataKey key = vault.unlock(recoveryKey);
        AppServices services = openWithKey(key);
        try {
            Officer officer = services.officers().all().stream()
                    .filter(o -> o.active() && o.username().equals(username.strip().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new UserException("recovery.error.noOfficer", username));
            services.officers().resetPassword(officer.id(), newPassword);
            LOG.info("Password of '{}' set with the recovery key", officer.username());
            return signedIn(services, officer, "khóa khôi phục, đặt mật khẩu mới", Optional.empty());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** A read-only data folder can neither count wrong passwords nor save anything: said before anything else. */
    private void refuseUnwritableFolder() throws DatabaseOpenException {
        if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NOT_WRITABLE,
                    "Data folder is not writable: " + folder, null);
        }
    }

    /** The login (and the logins refused while the database was closed) go to the audit log. */
    private SignedIn signedIn(AppServices services, Officer officer, String how, Optional<RecoveryKey> recovery) {
        services.recordRefusedLogins(vault.drainRefusedLogins());
        services.signedIn(officer, how);
        return new SignedIn(services, officer, recovery);
    }

    /**
     * Opens the database and checks that it is consistent (every main table counts, the newest petitions have their
     * history). A damaged file is reported with the key, so that the newest backup can be offered, never silently.
     */
    private AppServices openChecked(DataKey key) throws DatabaseOpenException {
        AppServices services;
        try {
            services = openWithKey(key);
        } catch (DatabaseOpenException e) {
            if (e.reason() == DatabaseOpenException.Reason.DAMAGED) {
                LOG.error("The database in {} is damaged", folder, e);
                throw damaged(key, e);
            }
            // the key came out of the key file intact, yet H2 refuses the file: its pages are damaged (H2 says
            // "encryption error" for both), unless the key file belongs elsewhere; offer a backup made with this key
            DamagedDatabase damaged = damaged(key, e);
            if (e.reason() == DatabaseOpenException.Reason.WRONG_KEY && Database.isEncrypted(folder)
                    && !damaged.backups().isEmpty()) {
                LOG.error("The database in {} does not open with its key: damaged", folder, e);
                throw damaged;
            }
            throw e;
        }
        try {
            services.backups().checkConsistency();
            return services;
        } catch (RuntimeException e) {
            LOG.error("The database in {} failed the start-up check", folder, e);
            services.close();
            throw damaged(key, e);
        }
    }

    private DamagedDatabase damaged(DataKey key, Exception cause) {
        Optional<java.nio.file.Path> second = new BackupSettings(new LocalPreferences(folder)).secondFolder();
        String fingerprint = KeyVault.fingerprint(key);
        return new DamagedDatabase(folder, key, BackupCatalog.newestFirst(folder, second).stream()
                .filter(entry -> entry.fingerprint().equals(fingerprint)).toList(), cause);
    }

    /** Restores backups into this data folder, with this start-up's clock and key costs. */
    public RestoreService restorer() {
        return new RestoreService(folder, clock, vn.danvan.desk.petition.OfficeClock.ZONE, vault.iterations());
    }

    private AppServices openWithKey(DataKey key) throws DatabaseOpenException {
        try {
            return AppServices.open(folder, key, vault, clock, passwordCost);
        } catch (DatabaseOpenException e) {
            if (e.reason() != DatabaseOpenException.Reason.WRONG_KEY) {
                throw e;
            }
            // the keys were written but the process stopped before the file was encrypted: finish that now
            LOG.warn("Database in {} does not open with its key; trying to finish an interrupted encryption", folder);
            try {
                Database.encrypt(folder, key);
            } catch (DatabaseOpenException notPlain) {
                throw e;
            }
            AppServices services = AppServices.open(folder, key, vault, clock, passwordCost);
            services.attachments().sealPlainFiles();
            return services;
        }
    }

    private static Officer checkAccount(AppServices services, String username, char[] password,
                                        Future<?> alongside) {
        Optional<Officer> officer = services.auth().login(username, password);
        if (officer.isEmpty()) {
            services.recordRefusedLogins(java.util.List.of(
                    new vn.danvan.desk.security.keys.RefusedLogin(username, java.time.Instant.now())));
            try {
                alongside.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.debug("Work alongside a refused login failed", e);
            }
            services.close();
            throw new UserException("login.error.invalid");
        }
        return officer.get();
    }

    private SignedIn encryptAtFirstLogin(String username, char[] password) throws DatabaseOpenException {
        Officer officer;
        try (AppServices plain = AppServices.openUnencrypted(folder, clock, passwordCost)) {
            officer = plain.auth().login(username, password)
                    .orElseThrow(() -> new UserException("login.error.invalid"));
        }
        if (!officer.isAdmin()) {
            throw new UserException("login.error.encryptNeedsAdmin");
        }
        KeyVault.Created created = vault.create(username, password);
        Database.encrypt(folder, created.dataKey());
        LOG.info("Database in {} encrypted at the first login of '{}'", folder, officer.username());
        AppServices services = AppServices.open(folder, created.dataKey(), vault, clock, passwordCost);
        int sealed = services.attachments().sealPlainFiles();
        LOG.info("{} attachment files encrypted", sealed);
        return signedIn(services, officer, "đăng nhập, mã hóa dữ liệu", Optional.of(created.recoveryKey()));
    }

    /** Before a set-up: the files of an earlier set-up that never finished (its marker is still there). */
    private void discardHalfSetUp() {
        if (Files.exists(folder.resolve(SETUP_MARKER))) {
            LOG.warn("An earlier set-up in {} did not finish; starting again", folder);
            discardFailedSetUp();
        }
    }

    private void discardFailedSetUp() {
        for (String name : new String[] {KeyVault.KEY_FILE, Database.FILE_NAME + ".mv.db",
                Database.FILE_NAME + ".trace.db", SETUP_MARKER}) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException e) {
                LOG.warn("Cannot remove {} after a failed set-up", name, e);
            }
        }
    }
}
