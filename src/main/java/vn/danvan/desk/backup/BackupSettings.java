package vn.danvan.desk.backup;

import java.nio.file.Path;
import java.util.Optional;
import vn.danvan.desk.settings.LocalPreferences;

/**
 * The automatic backups' settings, kept with this computer's preferences (readable before login, so a damaged
 * database can still be restored from the second folder): how many daily and monthly backups to keep, and the
 * optional second folder (a USB stick, a network share).
 */
public final class BackupSettings {

    public static final String KEEP_DAILY = "backup.keepDaily";
    public static final String KEEP_MONTHLY = "backup.keepMonthly";
    public static final String SECOND_FOLDER = "backup.secondFolder";
    public static final int DEFAULT_DAILY = 7;
    public static final int DEFAULT_MONTHLY = 12;
    public static final int MAX_KEPT = 999;

    private final LocalPreferences preferences;

    public BackupSettings(LocalPreferences preferences) {
        this.preferences = preferences;
    }

    public int keepDaily() {
        return number(KEEP_DAILY, DEFAULT_DAILY);
    }

    public int keepMonthly() {
        return number(KEEP_MONTHLY, DEFAULT_MONTHLY);
    }

    public Optional<Path> secondFolder() {
        return preferences.get(SECOND_FOLDER).map(Path::of);
    }

    /** Stores the three settings; the numbers from 1 (daily) or 0 (monthly) to {@value #MAX_KEPT}. */
    public void save(int keepDaily, int keepMonthly, Optional<Path> secondFolder) {
        if (keepDaily < 1 || keepDaily > MAX_KEPT || keepMonthly < 0 || keepMonthly > MAX_KEPT) {
            throw new vn.danvan.desk.common.UserException("backup.settings.error.range", MAX_KEPT);
        }
        preferences.put(KEEP_DAILY, String.valueOf(keepDaily));
        preferences.put(KEEP_MONTHLY, String.valueOf(keepMonthly));
        preferences.put(SECOND_FOLDER, secondFolder.map(p -> p.toAbsolutePath().toString()).orElse(""));
    }

    private int number(String key, int fallback) {
        return preferences.get(key).map(value -> {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(n -> n >= 0 && n <= MAX_KEPT).orElse(fallback);
    }
}
