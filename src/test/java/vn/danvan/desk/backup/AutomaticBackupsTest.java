package vn.danvan.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;

/** The daily automatic backup, its second folder and what it keeps. */
class AutomaticBackupsTest {

    @TempDir
    Path root;

    @Test
    void atMostOneADayIntoTheDataFolderAndTheSecondFolderWhichMayBeMissing() throws Exception {
        MutableClock clock = new MutableClock(TestServices.NOW);
        Path office = root.resolve("office");
        Path usb = Files.createDirectories(root.resolve("usb"));
        try (AppServices services = TestServices.openSetUp(office)) {
            AutomaticBackups automatic = new AutomaticBackups(services.backups(), services.backupSettings(), clock,
                    OfficeClock.ZONE);
            services.backupSettings().save(7, 12, Optional.of(usb));
            assertThat(automatic.isDue()).isTrue();
            AutomaticBackups.Outcome first = automatic.runIfDue(Actor.system()).orElseThrow();
            assertThat(first.file()).isRegularFile().hasParent(office.resolve("backups"));
            assertThat(first.copy()).hasValueSatisfying(copy -> assertThat(copy).hasParent(usb)
                    .hasSameBinaryContentAs(first.file()));
            assertThat(automatic.isDue()).isFalse();
            assertThat(automatic.runIfDue(Actor.system())).isEmpty();

            // the next day, the USB stick is not plugged in: the backup in the data folder is made all the same
            clock.set(TestServices.NOW.plusSeconds(86_400));
            services.backupSettings().save(7, 12, Optional.of(root.resolve("unplugged")));
            AutomaticBackups.Outcome second = automatic.runIfDue(Actor.system()).orElseThrow();
            assertThat(second.file()).isRegularFile();
            assertThat(second.copy()).isEmpty();
            assertThat(second.secondFolderMissing()).contains(root.resolve("unplugged").toAbsolutePath());
            assertThat(AutomaticBackups.list(office.resolve("backups"))).hasSize(2);
        }
    }

    @Test
    void retentionKeepsExactlyTheNewestOfNDaysAndOfMEarlierMonths() {
        List<BackupRetention.Dated> all = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 17, 30);
        for (int day = 0; day < 500; day++) {
            all.add(dated(start.plusDays(day)));
            if (day % 3 == 0) {
                all.add(dated(start.plusDays(day).plusHours(2)));   // a second backup that day
            }
        }
        Set<Path> deleted = BackupRetention.toDelete(all, 7, 12);
        List<LocalDateTime> kept = all.stream().filter(d -> !deleted.contains(d.file()))
                .map(BackupRetention.Dated::madeAt).sorted().toList();
        assertThat(kept).hasSize(7 + 12);
        LocalDate last = start.plusDays(499).toLocalDate();
        // the last seven days, each by its newest backup
        assertThat(kept.subList(12, 19)).extracting(LocalDateTime::toLocalDate)
                .containsExactly(last.minusDays(6), last.minusDays(5), last.minusDays(4), last.minusDays(3),
                        last.minusDays(2), last.minusDays(1), last);
        assertThat(kept.subList(12, 19)).allSatisfy(t -> assertThat(all.stream().filter(d -> d.madeAt()
                .toLocalDate().equals(t.toLocalDate()))).allSatisfy(d -> assertThat(d.madeAt()).isBeforeOrEqualTo(t)));
        // twelve earlier months, one each, the newest of that month not kept as a daily one
        assertThat(kept.subList(0, 12)).extracting(java.time.YearMonth::from).doesNotHaveDuplicates();
        assertThat(kept.get(11)).isEqualTo(last.minusDays(7).atTime(kept.get(11).toLocalTime()));
        assertThat(BackupRetention.toDelete(all, 7, 0)).hasSize(all.size() - 7);
    }

    @Test
    void retentionDeletesFilesAfterAnAutomaticBackupAndLeavesOtherFilesAlone() throws Exception {
        MutableClock clock = new MutableClock(TestServices.NOW);
        Path office = root.resolve("office");
        try (AppServices services = TestServices.openSetUp(office)) {
            Path backups = Files.createDirectories(office.resolve("backups"));
            Path manual = Files.writeString(backups.resolve("truoc-khi-nang-cap.dvbak"), "kept");
            for (int day = 1; day <= 20; day++) {
                Files.writeString(backups.resolve(String.format("danvan-202611%02d-180000.dvbak", day)), "old");
            }
            services.backupSettings().save(3, 1, Optional.empty());
            clock.set(TestServices.NOW.plusSeconds(86_400));   // 25/11/2026
            new AutomaticBackups(services.backups(), services.backupSettings(), clock, OfficeClock.ZONE)
                    .run(Actor.system(), vn.danvan.desk.common.ProgressMonitor.NONE);
            assertThat(manual).exists();
            assertThat(AutomaticBackups.list(backups)).extracting(d -> d.file().getFileName().toString())
                    .containsExactlyInAnyOrder("danvan-20261125-100000.dvbak", "danvan-20261120-180000.dvbak",
                            "danvan-20261119-180000.dvbak", "danvan-20261031-180000.dvbak".replace("1031", "1118"));
        }
    }

    private static BackupRetention.Dated dated(LocalDateTime at) {
        return new BackupRetention.Dated(Path.of("danvan-" + at + ".dvbak"), at);
    }
}
