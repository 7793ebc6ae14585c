package vn.danvan.desk.security.keys;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} wrong passwords in a row for one username, login
 * for that name is refused for 30 seconds, and each further wrong password doubles the wait (up to an hour).
 * A right password clears the count. Kept in a small file beside the database because it must work before the
 * database can be opened, and for the window and the command line alike.
 */
final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final String REFUSED = "refused.";

    private final Path file;
    private final Clock clock;

    LoginThrottle(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** How long login for {@code username} stays refused, or empty when it is allowed now. */
    synchronized Optional<Duration> lockedFor(String username) {
        String[] state = state(username);
        Instant until = Instant.ofEpochMilli(Long.parseLong(state[1]));
        Instant now = clock.instant();
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a wrong password; returns the lock it starts, if any. */
    synchronized Optional<Duration> failed(String username) {
        int failures = Integer.parseInt(state(username)[0]) + 1;
        Duration lock = Duration.ZERO;
        if (failures >= FREE_ATTEMPTS) {
            int doublings = Math.min(failures - FREE_ATTEMPTS, 7);
            lock = FIRST_LOCK.multipliedBy(1L << doublings);
            if (lock.compareTo(LONGEST_LOCK) > 0) {
                lock = LONGEST_LOCK;
            }
        }
        Properties properties = load();
        properties.setProperty(username, failures + ":" + clock.instant().plus(lock).toEpochMilli());
        // kept for the audit log, which can only be written once someone logs in
        properties.setProperty(REFUSED + clock.instant().toEpochMilli() + "." + properties.size(), username);
        save(properties);
        return lock.isZero() ? Optional.empty() : Optional.of(lock);
    }

    synchronized void succeeded(String username) {
        Properties properties = load();
        if (properties.remove(username) != null) {
            save(properties);
        }
    }

    /** The refused logins not yet written to the audit log, oldest first; forgets them. */
    synchronized java.util.List<RefusedLogin> drainRefused() {
        Properties properties = load();
        java.util.List<RefusedLogin> refused = new java.util.ArrayList<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(REFUSED)) {
                String stamp = name.substring(REFUSED.length());
                int dot = stamp.indexOf('.');
                try {
                    long millis = Long.parseLong(dot < 0 ? stamp : stamp.substring(0, dot));
                    refused.add(new RefusedLogin(properties.getProperty(name), Instant.ofEpochMilli(millis)));
                } catch (NumberFormatException ignored) {
                    // a damaged line: dropped with the others below
                }
                properties.remove(name);
            }
        }
        if (!refused.isEmpty()) {
            save(properties);
        }
        refused.sort(java.util.Comparator.comparing(RefusedLogin::at));
        return refused;
    }

    private String[] state(String username) {
        if (username.startsWith(REFUSED)) {
            return new String[] {"0", "0"};
        }
        String value = load().getProperty(username, "0:0");
        String[] parts = value.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !parts[1].matches("\\d{1,19}")) {
            return new String[] {"0", "0"};
        }
        return parts;
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    private void save(Properties properties) {
        StringWriter text = new StringWriter();
        text.append("# Sổ Dân Vận: wrong passwords in a row per username (failures:locked-until-epoch-ms)\n");
        properties.stringPropertyNames().stream().sorted()
                .forEach(name -> text.append(name).append('=').append(properties.getProperty(name)).append('\n'));
        KeyFile.writeDurably(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
