package vn.danvan.desk.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the last {@code daily} days that have a backup, plus the
 * newest of each of the last {@code monthly} months among the days not already kept as daily ones. Everything
 * else goes. Pure: decides, deletes nothing.
 */
final class BackupRetention {

    /** An automatic backup file and when it was made (office time, from its name). */
    record Dated(Path file, LocalDateTime madeAt) {
    }

    private BackupRetention() {
    }

    static Set<Path> toDelete(List<Dated> backups, int daily, int monthly) {
        List<Dated> newestFirst = backups.stream().sorted(Comparator.comparing(Dated::madeAt).reversed()).toList();
        Map<java.time.LocalDate, Dated> days = new LinkedHashMap<>();
        for (Dated backup : newestFirst) {
            if (days.size() < daily || days.containsKey(backup.madeAt().toLocalDate())) {
                days.putIfAbsent(backup.madeAt().toLocalDate(), backup);
            }
        }
        Set<Path> kept = new HashSet<>();
        days.values().forEach(d -> kept.add(d.file()));
        Map<YearMonth, Dated> months = new LinkedHashMap<>();
        for (Dated backup : newestFirst) {
            YearMonth month = YearMonth.from(backup.madeAt());
            boolean dayKept = days.containsKey(backup.madeAt().toLocalDate());
            if (!dayKept && months.size() < monthly && !months.containsKey(month)) {
                months.put(month, backup);
            }
        }
        months.values().forEach(d -> kept.add(d.file()));
        Set<Path> delete = new HashSet<>();
        for (Dated backup : backups) {
            if (!kept.contains(backup.file())) {
                delete.add(backup.file());
            }
        }
        return delete;
    }
}
