package vn.danvan.desk.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups a data folder can be restored from without its database: the automatic ones in
 * {@code <data folder>/backups/} and in the second folder, newest first, each with the time in its header.
 */
public final class BackupCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(BackupCatalog.class);

    /** A backup file, when it was made and the fingerprint of the data key that opens it. */
    public record Entry(Path file, Instant createdAt, String fingerprint) {
    }

    private BackupCatalog() {
    }

    public static List<Entry> newestFirst(Path dataFolder, Optional<Path> secondFolder) {
        List<Entry> entries = new ArrayList<>();
        List<Path> folders = new ArrayList<>(List.of(dataFolder.resolve(AutomaticBackups.FOLDER)));
        secondFolder.ifPresent(folders::add);
        for (Path folder : folders) {
            for (BackupRetention.Dated dated : AutomaticBackups.list(folder)) {
                try {
                    BackupHeader header = BackupReader.header(dated.file());
                    entries.add(new Entry(dated.file(), Instant.parse(header.createdAt()), header.fingerprint()));
                } catch (Exception e) {
                    LOG.warn("Backup {} is unreadable, left out", dated.file(), e);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::createdAt).reversed());
        return entries;
    }
}
