package vn.danvan.desk.security.keys;

import vn.danvan.desk.common.db.DataKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.OfficerRules;

/**
 * The keys of one data folder: creates the data key (from a new recovery key) at set-up, gives it back to an
 * officer who types the right password, wraps it for new passwords and forgets it for removed officers. The
 * database file stays encrypted with the same key throughout, so changing a password never re-encrypts data.
 */
public final class KeyVault {

    public static final String KEY_FILE = "danvan.keys";
    public static final String ATTEMPTS_FILE = "danvan.logins";
    /** OWASP's 2023 minimum for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final Logger LOG = LoggerFactory.getLogger(KeyVault.class);
    private static final String RECOVERY_NAME = "#recovery";

    private final KeyFile keyFile;
    private final LoginThrottle throttle;
    private final PasswordWrap wrap;
    private final SecureRandom random;

    public KeyVault(Path folder, int iterations, Clock clock) {
        this.random = new SecureRandom();
        this.keyFile = new KeyFile(folder.resolve(KEY_FILE));
        this.throttle = new LoginThrottle(folder.resolve(ATTEMPTS_FILE), clock);
        this.wrap = new PasswordWrap(iterations, random);
    }

    /** A data key and the recovery key it comes from, made at set-up. */
    public record Created(DataKey dataKey, RecoveryKey recoveryKey) {
    }

    /** The PBKDF2 iterations new wraps get. */
    public int iterations() {
        return wrap.iterations();
    }

    public boolean exists() {
        return keyFile.exists();
    }

    public Path file() {
        return keyFile.path();
    }

    /** Set-up: a new recovery key, its data key, wrapped for the first admin. Refused if keys already exist. */
    public Created create(String username, char[] password) {
        if (exists()) {
            throw new IllegalStateException("The key file already exists: " + keyFile.path());
        }
        RecoveryKey recovery = RecoveryKey.generate(random);
        DataKey dataKey = recovery.dataKey();
        String name = OfficerRules.normaliseUsername(username);
        keyFile.write(new KeyFile.Contents(fingerprint(dataKey), java.util.Map.of())
                .with(name, wrap.wrap(dataKey, name, password)));
        LOG.info("Created the key file {} for '{}'", keyFile.path(), name);
        return new Created(dataKey, recovery);
    }

    /**
     * The data key for an officer's password.
     *
     * @throws UserException {@code login.error.invalid} for an unknown name or a wrong password,
     *                       {@code login.error.locked} (seconds) after too many wrong passwords
     */
    public DataKey unlock(String username, char[] password) {
        String name = OfficerRules.normaliseUsername(username);
        String throttleName = throttleName(name);
        refuseIfLocked(throttleName);
        Optional<WrappedKey> entry = Optional.ofNullable(keyFile.read().officers().get(name));
        Optional<DataKey> key = entry.isPresent() ? wrap.unwrap(entry.get(), name, password)
                : wasteSameTime(name, password);
        if (key.isEmpty()) {
            LOG.info("Wrong password or unknown officer '{}'", name);
            Optional<Duration> lock = throttle.failed(throttleName);
            if (lock.isPresent()) {
                throw new UserException("login.error.locked", seconds(lock.get()));
            }
            throw new UserException("login.error.invalid");
        }
        throttle.succeeded(throttleName);
        return key.get();
    }

    /**
     * The data key of a recovery key, checked against the key file's fingerprint when there is one.
     *
     * @throws UserException {@code recovery.error.wrong} (or {@code login.error.locked}) when it is not this office's
     */
    public DataKey unlock(RecoveryKey recovery) {
        refuseIfLocked(RECOVERY_NAME);
        DataKey key = recovery.dataKey();
        if (exists() && !keyFile.read().fingerprint().equals(fingerprint(key))) {
            Optional<Duration> lock = throttle.failed(RECOVERY_NAME);
            if (lock.isPresent()) {
                throw new UserException("login.error.locked", seconds(lock.get()));
            }
            throw new UserException("recovery.error.wrong");
        }
        throttle.succeeded(RECOVERY_NAME);
        return key;
    }

    /** Wraps the data key for an officer's (new) password, replacing any earlier entry of that officer. */
    public void grant(DataKey key, String username, char[] password) {
        String name = OfficerRules.normaliseUsername(username);
        KeyFile.Contents contents = exists() ? keyFile.read()
                : new KeyFile.Contents(fingerprint(key), java.util.Map.of());
        if (!contents.fingerprint().equals(fingerprint(key))) {
            throw new IllegalStateException("The key does not belong to this key file");
        }
        keyFile.write(contents.with(name, wrap.wrap(key, name, password)));
        LOG.info("Key wrapped for officer '{}'", name);
    }

    /** What follows the officers' passwords for the database opened with {@code key}: entries granted, revoked. */
    public vn.danvan.desk.security.OfficerKeys officerKeys(DataKey key) {
        return new vn.danvan.desk.security.OfficerKeys() {
            @Override
            public void passwordSet(String username, char[] password) {
                grant(key, username, password);
            }

            @Override
            public void removed(String username) {
                revoke(username);
            }
        };
    }

    /** Forgets an officer's entry: that password no longer opens the data. */
    public void revoke(String username) {
        String name = OfficerRules.normaliseUsername(username);
        if (exists() && keyFile.read().officers().containsKey(name)) {
            keyFile.write(keyFile.read().without(name));
            LOG.info("Key entry of officer '{}' removed", name);
        }
    }

    /** Refused logins since the last call, for the audit log once the database is open. */
    public java.util.List<RefusedLogin> drainRefusedLogins() {
        return throttle.drainRefused();
    }

    /** The usernames that have an entry. */
    public Set<String> officers() {
        return exists() ? new TreeSet<>(keyFile.read().officers().keySet()) : Set.of();
    }

    /** Whether a data folder holds keys or a database at all. */
    public static boolean hasKeys(Path folder) {
        return Files.isRegularFile(folder.resolve(KEY_FILE));
    }

    private void refuseIfLocked(String throttleName) {
        Optional<Duration> locked = throttle.lockedFor(throttleName);
        if (locked.isPresent()) {
            throw new UserException("login.error.locked", seconds(locked.get()));
        }
    }

    /** An unknown name costs the same time as a wrong password, so names cannot be probed by timing. */
    private Optional<DataKey> wasteSameTime(String name, char[] password) {
        byte[] salt = new byte[PasswordWrap.SALT_BYTES];
        byte[] sealed = new byte[60];
        random.nextBytes(salt);
        random.nextBytes(sealed);
        return wrap.unwrap(new WrappedKey(salt, wrap.iterations(), sealed), String.valueOf(name), password);
    }

    private static String throttleName(String name) {
        return name != null && name.matches("[a-z0-9._-]{1,64}") ? name : "#other";
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    /** A short fingerprint of a data key (the first 8 bytes of its SHA-256, hex): tells keys apart, reveals nothing. */
    public static String fingerprint(DataKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.bytes());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
