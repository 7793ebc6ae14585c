package vn.danvan.desk.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.security.Actor;

/**
 * The automatic backups: at most one a day (on closing the window), written to {@code <data folder>/backups/} as
 * {@code danvan-YYYYMMDD-HHMMSS.dvbak} and copied to the optional second folder. A missing second folder (a USB
 * stick not plugged in) is logged and reported, never a failure of the backup in the data folder. Afterwards each
 * folder keeps only the daily and monthly backups the settings ask for; other files there are never touched.
 */
public final class AutomaticBackups {

    public static final String FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);
    private static final Pattern NAME = Pattern.compile("danvan-(\\d{8}-\\d{6})\\" + BackupService.EXTENSION);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;
    private final BackupSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    public AutomaticBackups(BackupService backups, BackupSettings settings, Clock clock, ZoneId zone) {
        this.backups = backups;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    /** What an automatic backup did: the file, its copy, the second folder that was missing, files deleted. */
    public record Outcome(Path file, Optional<Path> copy, Optional<Path> secondFolderMissing, int deleted) {
    }

    public Path folder() {
        return backups.dataFolder().resolve(FOLDER);
    }

    /** Whether no automatic backup was made today (office time) in the data folder. */
    public boolean isDue() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return list(folder()).stream().noneMatch(b -> b.madeAt().toLocalDate().equals(today));
    }

    /** When the newest automatic backup in the data folder was made (office time), if there is one. */
    public Optional<LocalDateTime> newest() {
        return list(folder()).stream().map(BackupRetention.Dated::madeAt).max(LocalDateTime::compareTo);
    }

    /** The second folder when it is set but missing or not writable now (a USB stick not plugged in). */
    public Optional<Path> secondFolderMissing() {
        return settings.secondFolder().filter(f -> !Files.isDirectory(f) || !Files.isWritable(f));
    }

    /** Backs up now if {@link #isDue()}. */
    public Optional<Outcome> runIfDue(Actor actor) {
        return isDue() ? Optional.of(run(actor, ProgressMonitor.NONE)) : Optional.empty();
    }

    /** On closing the window: the day's backup if none was made today; a failure is logged, never thrown. */
    public void runOnExit(Actor actor) {
        try {
            runIfDue(actor).ifPresent(outcome -> LOG.info("Automatic backup on exit: {}", outcome));
        } catch (RuntimeException e) {
            LOG.error("The automatic backup on exit failed", e);
        }
    }

    /** Writes an automatic backup now, copies it to the second folder, applies the retention to both. */
    public Outcome run(Actor actor, ProgressMonitor monitor) {
        String name = "danvan-" + STAMP.format(LocalDateTime.now(clock.withZone(zone))) + BackupService.EXTENSION;
        Path file = backups.backup(folder().resolve(name), actor, monitor).file();
        int deleted = prune(folder());
        Optional<Path> copy = Optional.empty();
        Optional<Path> missing = Optional.empty();
        Optional<Path> second = settings.secondFolder();
        if (second.isPresent()) {
            if (Files.isDirectory(second.get()) && Files.isWritable(second.get())) {
                try {
                    copy = Optional.of(copy(file, second.get().resolve(name)));
                    deleted += prune(second.get());
                } catch (IOException e) {
                    LOG.warn("Cannot copy the backup to the second folder {}", second.get(), e);
                    missing = second;
                }
            } else {
                LOG.warn("Second backup folder {} is missing or not writable (USB stick unplugged?): skipped",
                        second.get());
                missing = second;
            }
        }
        return new Outcome(file, copy, missing, deleted);
    }

    /** The automatic backups in {@code folder}, recognised by their names. */
    static List<BackupRetention.Dated> list(Path folder) {
        List<BackupRetention.Dated> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    found.add(new BackupRetention.Dated(file, LocalDateTime.parse(matcher.group(1), STAMP)));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        return found;
    }

    private int prune(Path folder) {
        int deleted = 0;
        for (Path file : BackupRetention.toDelete(list(folder), settings.keepDaily(), settings.keepMonthly())) {
            try {
                Files.deleteIfExists(file);
                deleted++;
            } catch (IOException e) {
                LOG.warn("Cannot delete old backup {}", file, e);
            }
        }
        return deleted;
    }

    private static Path copy(Path file, Path target) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            Files.copy(file, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            BackupWriter.move(part, target);
            return target;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
