package vn.danvan.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.keys.RecoveryKey;

/** Backups and restores on real encrypted H2 folders and real files. */
class BackupRestoreTest {

    @TempDir
    Path root;
    Path office;
    Path outside;
    Path backupFile;
    RecoveryKey recoveryKey;
    Petition first;
    final Clock clock = Clock.fixed(TestServices.NOW, ZoneOffset.UTC);

    @BeforeEach
    void anOfficeWithOnePetitionAndItsBackup() throws Exception {
        office = root.resolve("office");
        outside = Files.createDirectories(root.resolve("outside"));
        backupFile = root.resolve("usb").resolve("sao-luu.dvbak");
        var setUp = BackupFixtures.startup(office, clock).setUp(TestServices.setupRequest());
        recoveryKey = setUp.newRecoveryKey().orElseThrow();
        try (AppServices services = setUp.services()) {
            first = BackupFixtures.addPetition(services, outside, BackupFixtures.SUMMARY);
            var result = services.backups().backup(backupFile, Actor.system(), ProgressMonitor.NONE);
            assertThat(result.manifest().counts().petitions()).isEqualTo(1);
            assertThat(result.manifest().counts().attachments()).isEqualTo(1);
            assertThat(result.manifest().entries()).hasSize(2).containsKey("danvan.mv.db");
        }
    }

    RestoreService restorer(Path folder) {
        return new RestoreService(folder, clock, OfficeClock.ZONE, TestServices.KDF_ITERATIONS);
    }

    BackupUnlock adminPassword() {
        return new BackupUnlock.WithPassword(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray());
    }

    RestoreService.Restored restore(Path folder, Path file, BackupUnlock unlock) {
        RestoreService restorer = restorer(folder);
        return restorer.apply(restorer.prepare(file, unlock, ProgressMonitor.NONE), Actor.system());
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderHoldsTheSameRecordsAndReadableAttachments() throws Exception {
        Path elsewhere = root.resolve("new-laptop");
        RestoreService.Restored restored = restore(elsewhere, backupFile, adminPassword());
        assertThat(restored.keptAside()).isNull();

        try (AppServices services = BackupFixtures.logIn(elsewhere, clock).services()) {
            assertThat(services.backups().checkConsistency().petitions()).isEqualTo(1);
            Petition back = services.petitions().require(first.id());
            assertThat(back.code()).isEqualTo(first.code());
            assertThat(back.summary()).isEqualTo(BackupFixtures.SUMMARY);
            Attachment attachment = services.attachments().list(Attachment.OwnerType.PETITION, first.id()).get(0);
            Path copy = outside.resolve("copy.txt");
            services.attachments().copyTo(attachment, copy);
            assertThat(Files.readString(copy)).isEqualTo(BackupFixtures.SCAN_TEXT);
        }
    }

    @Test
    void aRestoreOverTheCurrentDataKeepsItAsideAndReplacesIt() throws Exception {
        try (AppServices services = BackupFixtures.logIn(office, clock).services()) {
            BackupFixtures.addPetition(services, outside, "Đơn thứ hai sau bản sao lưu");
            assertThat(services.backups().checkConsistency().petitions()).isEqualTo(2);
        }
        RestoreService.Restored restored = restore(office, backupFile, adminPassword());

        assertThat(restored.keptAside()).isDirectory();
        assertThat(restored.keptAside().getFileName().toString()).startsWith("before-restore-20261124-");
        assertThat(restored.keptAside().resolve("danvan.mv.db")).isRegularFile();
        assertThat(restored.keptAside().resolve("danvan.keys")).isRegularFile();
        assertThat(restored.keptAside().resolve("attachments")).isDirectory();
        try (AppServices services = BackupFixtures.logIn(office, clock).services()) {
            assertThat(services.backups().checkConsistency().petitions()).isEqualTo(1);
        }
        try (Stream<Path> left = Files.list(office)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
        // the data kept aside is whole: it opens with the same key and holds the second petition
        try (Database aside = Database.open(restored.keptAside(), recoveryKey.dataKey())) {
            assertThat(new BackupCountRepository(aside).count().petitions()).isEqualTo(2);
        }
    }

    @Test
    void aChangedOrCutBackupIsRefusedAndNothingIsReplaced() throws Exception {
        byte[] bytes = Files.readAllBytes(backupFile);
        String before = fingerprintOf(office);

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x01;
        assertRefused(Files.write(root.resolve("flipped.dvbak"), flipped), "backup.error.damaged");

        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 100);
        assertRefused(Files.write(root.resolve("cut.dvbak"), cut), "backup.error.damaged");

        byte[] cutAtAChunk = java.util.Arrays.copyOf(bytes, bytes.length / 3);
        assertRefused(Files.write(root.resolve("cut-early.dvbak"), cutAtAChunk), "backup.error.damaged");

        // a changed header (here its comment line) no longer matches the payload's authenticated context
        byte[] header = bytes.clone();
        header[20] ^= 0x01;
        assertRefused(Files.write(root.resolve("header.dvbak"), header), "backup.error.damaged");

        assertRefused(Files.writeString(root.resolve("other.dvbak"), "not a backup"), "backup.error.notBackup");

        assertThat(fingerprintOf(office)).isEqualTo(before);
        try (Stream<Path> left = Files.list(office)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".restore-") || n.startsWith("before-restore-"));
        }
    }

    @Test
    void aBackupOfANewerSchemaIsRefusedWithAClearMessage() throws Exception {
        Path newer = root.resolve("newer.dvbak");
        try (AppServices services = BackupFixtures.logIn(office, clock).services()) {
            var key = services.backups().dataKey();
            BackupHeader header = new BackupHeader(BackupHeader.FORMAT, TestServices.NOW.toString(), "9.0", "999",
                    vn.danvan.desk.security.keys.KeyVault.fingerprint(key),
                    Files.readString(office.resolve("danvan.keys")));
            new BackupWriter(BackupService.json()).write(new BackupWriter.Source(services.database(), office,
                    key.fileKey(BackupService.PAYLOAD_KEY), header, "UBND xã Tân Lập",
                    new BackupCountRepository(services.database())::count), newer, ProgressMonitor.NONE);
        }
        String before = fingerprintOf(office);
        assertThatThrownBy(() -> restorer(office).prepare(newer, adminPassword(), ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("backup.error.newerSchema");
                    assertThat(e.arguments()).containsExactly("999", Database.latestSchemaVersion());
                });
        assertThat(vn.danvan.desk.common.i18n.Messages.of(vn.danvan.desk.common.i18n.AppLanguage.VI)
                .get("backup.error.newerSchema", "999", "6")).contains("999", "mới hơn");
        assertThat(fingerprintOf(office)).isEqualTo(before);
    }

    @Test
    void onlyAnOfficersPasswordOrTheRecoveryKeyOpensABackup() throws Exception {
        Path elsewhere = root.resolve("elsewhere");
        assertThatThrownBy(() -> restorer(elsewhere).prepare(backupFile,
                new BackupUnlock.WithPassword(TestServices.ADMIN, "sai-mat-khau".toCharArray()), ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("login.error.invalid"));
        RecoveryKey stranger = RecoveryKey.generate(new java.security.SecureRandom());
        assertThatThrownBy(() -> restorer(elsewhere).prepare(backupFile, new BackupUnlock.WithRecoveryKey(stranger),
                ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.error.wrongRecoveryKey"));
        assertThat(Database.exists(elsewhere)).isFalse();

        restore(elsewhere, backupFile, new BackupUnlock.WithRecoveryKey(recoveryKey));
        try (AppServices services = BackupFixtures.logIn(elsewhere, clock).services()) {
            assertThat(services.petitions().require(first.id()).summary()).isEqualTo(BackupFixtures.SUMMARY);
        }
    }

    @Test
    void noNameIdNumberOrSummaryCanBeReadInTheBackupFile() throws Exception {
        byte[] bytes = Files.readAllBytes(backupFile);
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1)) {
            String text = new String(bytes, charset);
            assertThat(text).doesNotContain(BackupFixtures.NAME, BackupFixtures.ID_NUMBER, BackupFixtures.SUMMARY,
                    "Hoa Mai", "Tranh ch");
        }
        assertThat(new String(bytes, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("DVBACKUP\n");
    }

    void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> restorer(office).prepare(file, adminPassword(), ProgressMonitor.NONE))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** The checksums of every file of the data folder except logs, to tell that nothing changed. */
    static String fingerprintOf(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString();
                if (!name.startsWith("logs") && !name.equals("danvan.logins") && !name.endsWith(".trace.db")) {
                    all.append(name).append(' ').append(Sha256.copy(Files.newInputStream(file),
                            OutputStream.nullOutputStream())).append('\n');
                }
            }
        }
        return all.toString();
    }
}
