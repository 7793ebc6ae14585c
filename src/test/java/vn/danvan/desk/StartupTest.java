package vn.danvan.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.citizen.CitizenDraft;
import vn.danvan.desk.citizen.IdPaperType;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionDraft;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionerRef;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.security.NewOfficer;
import vn.danvan.desk.security.OfficerRole;
import vn.danvan.desk.security.keys.KeyVault;
import vn.danvan.desk.security.keys.RecoveryKey;

/** The encrypted data folder as an officer meets it: set-up, login, lost passwords, an old unencrypted database. */
class StartupTest {

    static final String NAME = "Nguyễn Thị Hoa Mai";
    static final String ID_NUMBER = "001234567890";
    static final String SUMMARY = "Tranh chấp ranh giới đất vườn nhà bà Mai";

    @TempDir
    Path folder;
    @TempDir
    Path outside;

    final Clock clock = Clock.fixed(TestServices.NOW, ZoneOffset.UTC);

    Startup startup() {
        return TestServices.startup(folder, clock);
    }

    Startup.SignedIn logIn(String user, String password) throws Exception {
        return startup().logIn(user, password.toCharArray());
    }

    static void addPetitionWithAttachment(AppServices services, Path outside) throws Exception {
        var village = services.villages().add("Thôn Đông", VillageKind.THON).id();
        var field = services.fields().all().get(0).id();
        var petition = services.intake().receive(new PetitionDraft(LocalDate.of(2026, 11, 2), PetitionChannel.POST,
                PetitionKind.RECOMMENDATION, null, field, village, "Xóm Giữa", SUMMARY, 1, false, false, false,
                PetitionerRef.create(new CitizenDraft(NAME, IdPaperType.CCCD, ID_NUMBER, "0912345678", village,
                        "Xóm Giữa, Thôn Đông")), List.of(), false, false, false, null, null, null, null),
                Actor.system());
        Path scan = Files.writeString(outside.resolve("don.txt"), "Đơn của bà " + NAME + ", CCCD " + ID_NUMBER);
        services.attachments().attach(Attachment.OwnerType.PETITION, petition.id(), scan, null, Actor.system());
    }

    /** Every file of the data folder, as bytes read in the encodings text could be stored in. */
    List<String> filesAsText() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                texts.add(file + "\n" + new String(bytes, StandardCharsets.UTF_8));
                texts.add(file + "\n" + new String(bytes, StandardCharsets.UTF_16BE));
                texts.add(file + "\n" + new String(bytes, StandardCharsets.ISO_8859_1));
            }
        }
        return texts;
    }

    void assertNothingReadable() throws Exception {
        for (String text : filesAsText()) {
            assertThat(text).doesNotContain(NAME).doesNotContain("Hoa Mai").doesNotContain("hoa mai")
                    .doesNotContain(ID_NUMBER).doesNotContain("0912345678").doesNotContain(SUMMARY)
                    .doesNotContain("ranh giới").doesNotContain("ranh gioi");
        }
    }

    @Test
    void noNameIdNumberOrSummaryCanBeFoundInAnyFileOfTheDataFolder() throws Exception {
        assertThat(startup().state()).isEqualTo(Startup.State.NEW);
        Startup.SignedIn setUp = startup().setUp(TestServices.setupRequest());
        assertThat(setUp.newRecoveryKey()).isPresent();
        try (AppServices services = setUp.services()) {
            addPetitionWithAttachment(services, outside);
        }
        assertThat(startup().state()).isEqualTo(Startup.State.LOGIN);
        assertThat(Database.isEncrypted(folder)).isTrue();
        assertThat(Files.list(folder.resolve("attachments"))).hasSize(1);
        assertNothingReadable();
        try (AppServices services = logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD).services()) {
            assertThat(services.browser()).isNotNull();
            assertThat(services.database().dsl().fetchCount(
                    vn.danvan.desk.common.db.generated.Tables.CITIZEN)).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndLocksAfterFive() throws Exception {
        startup().setUp(TestServices.setupRequest()).services().close();
        Messages vi = Messages.of(AppLanguage.VI);
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> logIn(TestServices.ADMIN, "sai-mat-khau"))
                    .isInstanceOfSatisfying(UserException.class, e -> assertThat(vi.of(e))
                            .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng."));
        }
        assertThatThrownBy(() -> logIn(TestServices.ADMIN, "sai-mat-khau"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(vi.of(e))
                        .isEqualTo("Nhập sai mật khẩu nhiều lần. Hãy chờ 30 giây rồi thử lại."));
    }

    @Test
    void workStartedBesideTheAccountCheckHasEndedWhenARefusedLoginClosesTheDatabase() throws Exception {
        try (AppServices services = startup().setUp(TestServices.setupRequest()).services()) {
            services.officers().add(new NewOfficer("canbo", "Lê Cán Bộ", OfficerRole.OFFICER, "matkhau-456"));
            // the account closed behind the app's back: the key file still opens the data with this password
            services.database().dsl().execute("UPDATE officer SET active = FALSE WHERE username = 'canbo'");
        }
        List<String> beside = java.util.Collections.synchronizedList(new ArrayList<>());
        assertThatThrownBy(() -> startup().logIn("canbo", "matkhau-456".toCharArray(),
                services -> java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        Thread.sleep(300);
                        beside.add("petitions: " + services.database().dsl().fetchCount(
                                org.jooq.impl.DSL.table("petition")));
                    } catch (InterruptedException | RuntimeException e) {
                        beside.add("failed: " + e);
                    }
                }))).isInstanceOf(UserException.class);
        assertThat(beside).containsExactly("petitions: 0");

        List<String> accepted = new ArrayList<>();
        try (AppServices services = startup().logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray(),
                opened -> {
                    accepted.add("started");
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }).services()) {
            assertThat(accepted).containsExactly("started");
        }
    }

    @Test
    void aNewOrResetPasswordRewrapsTheKeyAndADeactivatedOfficerCannotOpenTheData() throws Exception {
        try (AppServices services = startup().setUp(TestServices.setupRequest()).services()) {
            services.officers().add(new NewOfficer("canbo", "Lê Cán Bộ", OfficerRole.OFFICER, "matkhau-456"));
        }
        try (AppServices services = logIn("canbo", "matkhau-456").services()) {
            var canbo = services.officers().all().stream().filter(o -> o.username().equals("canbo")).findFirst()
                    .orElseThrow();
            services.officers().resetPassword(canbo.id(), "mat-khau-moi");
        }
        assertThatThrownBy(() -> logIn("canbo", "matkhau-456")).isInstanceOf(UserException.class);
        // the new password wraps the same data key: nothing was re-encrypted
        KeyVault vault = new KeyVault(folder, 1_000, clock);
        assertThat(vault.unlock("canbo", "mat-khau-moi".toCharArray()))
                .isEqualTo(vault.unlock(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray()));
        try (AppServices services = logIn("canbo", "mat-khau-moi").services()) {
            var canbo = services.officers().all().stream().filter(o -> o.username().equals("canbo")).findFirst()
                    .orElseThrow();
            services.officers().setActive(canbo.id(), false);
        }
        assertThatThrownBy(() -> logIn("canbo", "mat-khau-moi")).isInstanceOf(UserException.class);
        assertThat(new KeyVault(folder, 1_000, clock).officers()).containsExactly("admin");
        logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD).services().close();
    }

    @Test
    void theRecoveryKeySetsANewPasswordAndAlsoOpensDataWhoseKeyFileIsLost() throws Exception {
        RecoveryKey recovery;
        Startup.SignedIn setUp = startup().setUp(TestServices.setupRequest());
        recovery = setUp.newRecoveryKey().orElseThrow();
        try (AppServices services = setUp.services()) {
            addPetitionWithAttachment(services, outside);
        }
        RecoveryKey typed = RecoveryKey.parse(recovery.display().toLowerCase()).orElseThrow();
        startup().recover(typed, "Admin", "mat-khau-moi-1").services().close();
        assertThatThrownBy(() -> logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD))
                .isInstanceOf(UserException.class);
        logIn(TestServices.ADMIN, "mat-khau-moi-1").services().close();

        Files.delete(folder.resolve(KeyVault.KEY_FILE));
        assertThat(startup().state()).isEqualTo(Startup.State.KEYS_LOST);
        assertThatThrownBy(() -> logIn(TestServices.ADMIN, "mat-khau-moi-1"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("login.error.keysLost"));
        try (AppServices services = startup().recover(typed, "admin", "mat-khau-moi-2").services()) {
            var attachment = services.database().dsl().selectFrom(
                    vn.danvan.desk.common.db.generated.Tables.ATTACHMENT).fetchOne();
            assertThat(attachment).isNotNull();
        }
        assertThat(startup().state()).isEqualTo(Startup.State.LOGIN);
        logIn(TestServices.ADMIN, "mat-khau-moi-2").services().close();
        RecoveryKey stranger = RecoveryKey.generate(new java.security.SecureRandom());
        assertThatThrownBy(() -> startup().recover(stranger, "admin", "mat-khau-moi-3"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("recovery.error.wrong"));
    }

    @Test
    void anOldUnencryptedDatabaseIsEncryptedAtAnAdministratorsFirstLoginWithNothingLost() throws Exception {
        try (AppServices plain = AppServices.openUnencrypted(folder, clock, 4)) {
            plain.setup().setUp(TestServices.setupRequest());
            plain.officers().add(new NewOfficer("canbo", "Lê Cán Bộ", OfficerRole.OFFICER, "matkhau-456"));
            var village = plain.villages().add("Thôn Đông", VillageKind.THON).id();
            var field = plain.fields().all().get(0).id();
            plain.intake().receive(new PetitionDraft(LocalDate.of(2026, 11, 2), PetitionChannel.POST,
                    PetitionKind.RECOMMENDATION, null, field, village, null, SUMMARY, 1, false, false, false,
                    PetitionerRef.create(new CitizenDraft(NAME, IdPaperType.CCCD, ID_NUMBER, null, village, null)),
                    List.of(), false, false, false, null, null, null, null), Actor.system());
        }
        Files.createDirectories(folder.resolve("attachments"));
        Files.writeString(folder.resolve("attachments").resolve("old-scan"), "Bản quét cũ của " + NAME);
        assertThat(startup().state()).isEqualTo(Startup.State.UNENCRYPTED);
        assertThat(filesAsText()).anyMatch(text -> text.contains(ID_NUMBER));

        assertThatThrownBy(() -> logIn("canbo", "matkhau-456"))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("login.error.encryptNeedsAdmin"));
        Startup.SignedIn first = logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD);
        assertThat(first.newRecoveryKey()).isPresent();
        try (AppServices services = first.services()) {
            assertThat(services.database().dsl().fetchCount(
                    vn.danvan.desk.common.db.generated.Tables.PETITION)).isEqualTo(1);
        }
        assertThat(startup().state()).isEqualTo(Startup.State.LOGIN);
        assertNothingReadable();
        logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD).services().close();
    }

    @Test
    void anEncryptionInterruptedAfterTheKeysWereWrittenIsFinishedAtTheNextLogin() throws Exception {
        try (AppServices plain = AppServices.openUnencrypted(folder, clock, 4)) {
            plain.setup().setUp(TestServices.setupRequest());
        }
        // the process stopped after writing the key file, before the database file was encrypted
        new KeyVault(folder, 1_000, clock).create(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray());
        assertThat(Database.isEncrypted(folder)).isFalse();
        try (AppServices services = logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD).services()) {
            assertThat(services.setup().isSetUp()).isTrue();
        }
        assertThat(Database.isEncrypted(folder)).isTrue();
    }
}
