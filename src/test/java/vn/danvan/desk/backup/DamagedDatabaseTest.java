package vn.danvan.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.security.Actor;

/** A damaged database file is found at login and the newest good backup is offered, never restored silently. */
class DamagedDatabaseTest {

    @TempDir
    Path root;

    @Test
    void aFileWhoseChunksWereWipedIsReportedWithTheNewestBackupWhichRestoresOnRequest() throws Exception {
        damagedFileIsOfferedTheBackup(false);
    }

    @Test
    void aFileWhoseChunksAreNoiseIsReportedToo() throws Exception {
        damagedFileIsOfferedTheBackup(true);
    }

    void damagedFileIsOfferedTheBackup(boolean garbage) throws Exception {
        Clock clock = Clock.fixed(TestServices.NOW, ZoneOffset.UTC);
        Path office = root.resolve("office");
        Path outside = Files.createDirectories(root.resolve("outside"));
        try (AppServices services = BackupFixtures.startup(office, clock).setUp(TestServices.setupRequest())
                .services()) {
            BackupFixtures.addPetition(services, outside, BackupFixtures.SUMMARY);
            services.automaticBackups().run(Actor.system(), vn.danvan.desk.common.ProgressMonitor.NONE);
        }
        Path file = office.resolve("danvan.mv.db");
        long size = Files.size(file);
        try (RandomAccessFile damage = new RandomAccessFile(file.toFile(), "rw")) {
            if (garbage) {
                // every chunk overwritten with noise: H2 finds no valid set of chunks to fall back to
                byte[] noise = new byte[(int) (size - 8192)];
                new java.util.Random(7).nextBytes(noise);
                damage.seek(8192);
                damage.write(noise);
            } else {
                damage.seek(8192);
                damage.write(new byte[(int) (size - 8192)]);
            }
        }

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> BackupFixtures.logIn(office, clock));
        assertThat(thrown).as("login on a damaged file").isInstanceOf(DamagedDatabase.class);
        DamagedDatabase damaged = (DamagedDatabase) thrown;
        assertThat(damaged.messageKey()).isEqualTo("error.db.damaged");
        assertThat(damaged.backups()).hasSize(1);
        // nothing was restored by itself: the damaged file is still there
        assertThat(file).exists();
        try (var files = Files.list(office)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("before-restore-"));
        }

        var offer = DamagedDatabase.offer(damaged, () -> BackupFixtures.startup(office, clock).restorer(),
                Messages.of(AppLanguage.VI)).orElseThrow();
        assertThat(offer.label()).startsWith("Khôi phục bản sao lưu gần nhất (ngày 24/11/2026 10:00)");
        assertThat(offer.action().call()).startsWith("Đã khôi phục bản sao lưu ngày 24/11/2026 10:00");

        try (AppServices services = BackupFixtures.logIn(office, clock).services()) {
            assertThat(services.backups().counts().petitions()).isEqualTo(1);
        }
        try (var files = Files.list(office)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("before-restore-")).findFirst()
                    .orElseThrow();
            assertThat(aside.resolve("danvan.mv.db")).exists();
        }
    }

    @Test
    void withoutBackupsThereIsNoOffer() {
        assertThat(DamagedDatabase.offer(new IllegalStateException("other"), () -> null,
                Messages.of(AppLanguage.VI))).isEmpty();
        assertThatThrownBy(() -> new DamagedDatabase(root, TestServices.KEY, java.util.List.of(), null)
                .restoreNewest(null, Messages.of(AppLanguage.VI)))
                .hasMessageContaining("login.restoreOffer.none");
    }
}
