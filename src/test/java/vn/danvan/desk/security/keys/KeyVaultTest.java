package vn.danvan.desk.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.db.DataKey;

class KeyVaultTest {

    @TempDir
    Path folder;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T03:00:00Z"));

    KeyVault vault() {
        return new KeyVault(folder, 1_000, clock);
    }

    @Test
    void theRightPasswordGivesTheDataKeyAndTheKeyFileHoldsNoSecret() throws Exception {
        KeyVault.Created created = vault().create("Admin", "matkhau-123".toCharArray());
        assertThat(vault().unlock("admin", "matkhau-123".toCharArray())).isEqualTo(created.dataKey());
        assertThat(created.recoveryKey().dataKey()).isEqualTo(created.dataKey());
        String file = Files.readString(folder.resolve(KeyVault.KEY_FILE), StandardCharsets.UTF_8);
        assertThat(file).contains("officer.admin=1000:").doesNotContain("matkhau")
                .doesNotContain(new String(created.dataKey().filePassword()))
                .doesNotContain(created.recoveryKey().display());
        assertThatThrownBy(() -> vault().create("other", "matkhau-456".toCharArray()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWrongPasswordOrUnknownNameIsRefusedTheSameWay() {
        vault().create("admin", "matkhau-123".toCharArray());
        assertThatThrownBy(() -> vault().unlock("admin", "matkhau-124".toCharArray()))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("login.error.invalid"));
        assertThatThrownBy(() -> vault().unlock("ghost", "matkhau-123".toCharArray()))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("login.error.invalid"));
    }

    @Test
    void fiveWrongPasswordsLockLoginForAGrowingDelayEvenForTheRightPassword() {
        vault().create("admin", "matkhau-123".toCharArray());
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> vault().unlock("admin", "sai".toCharArray()))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("login.error.invalid"));
        }
        assertThatThrownBy(() -> vault().unlock("admin", "sai".toCharArray()))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("login.error.locked");
                    assertThat(e.arguments()).containsExactly(30L);
                });
        // locked: even the right password is refused, and the lock survives a restart (a new vault object)
        assertThatThrownBy(() -> vault().unlock("admin", "matkhau-123".toCharArray()))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("login.error.locked"));
        clock.set(clock.instant().plus(Duration.ofSeconds(31)));
        assertThatThrownBy(() -> vault().unlock("admin", "sai".toCharArray()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.arguments()).containsExactly(60L));
        clock.set(clock.instant().plus(Duration.ofSeconds(61)));
        assertThatThrownBy(() -> vault().unlock("admin", "sai".toCharArray()))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.arguments()).containsExactly(120L));
        clock.set(clock.instant().plus(Duration.ofSeconds(121)));
        vault().unlock("admin", "matkhau-123".toCharArray());
        // a right password clears the count: four more wrong ones do not lock again
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> vault().unlock("admin", "sai".toCharArray()))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("login.error.invalid"));
        }
    }

    @Test
    void aNewPasswordRewrapsTheSameKeyAndARevokedOfficerCannotUnlock() {
        KeyVault.Created created = vault().create("admin", "matkhau-123".toCharArray());
        vault().grant(created.dataKey(), "canbo", "matkhau-456".toCharArray());
        assertThat(vault().unlock("canbo", "matkhau-456".toCharArray())).isEqualTo(created.dataKey());
        vault().grant(created.dataKey(), "canbo", "mat-khau-moi".toCharArray());
        assertThat(vault().unlock("canbo", "mat-khau-moi".toCharArray())).isEqualTo(created.dataKey());
        assertThatThrownBy(() -> vault().unlock("canbo", "matkhau-456".toCharArray()))
                .isInstanceOf(UserException.class);
        vault().revoke("canbo");
        assertThat(vault().officers()).containsExactly("admin");
        assertThatThrownBy(() -> vault().unlock("canbo", "mat-khau-moi".toCharArray()))
                .isInstanceOf(UserException.class);
        DataKey other = RecoveryKey.generate(new SecureRandom()).dataKey();
        assertThatThrownBy(() -> vault().grant(other, "x", "matkhau-789".toCharArray()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void oneOfficersEntryCopiedUnderAnotherNameOpensNothing() throws Exception {
        vault().create("admin", "matkhau-123".toCharArray());
        Path file = folder.resolve(KeyVault.KEY_FILE);
        Files.writeString(file, Files.readString(file).replace("officer.admin=", "officer.mallory="));
        assertThatThrownBy(() -> vault().unlock("mallory", "matkhau-123".toCharArray()))
                .isInstanceOf(UserException.class);
    }

    @Test
    void theRecoveryKeyReadsBackForgivingCaseDashesAndLookAlikes() {
        KeyVault.Created created = vault().create("admin", "matkhau-123".toCharArray());
        String shown = created.recoveryKey().display();
        assertThat(shown).matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");
        String typed = shown.toLowerCase().replace("-", " ").replace('o', '0').replace('i', '1').replace('b', '8');
        RecoveryKey read = RecoveryKey.parse(typed).orElseThrow();
        assertThat(vault().unlock(read)).isEqualTo(created.dataKey());
        assertThat(RecoveryKey.parse(shown.substring(1))).isEmpty();
        assertThat(RecoveryKey.parse(shown.replace(shown.charAt(0), '9'))).isEmpty();
        RecoveryKey stranger = RecoveryKey.generate(new SecureRandom());
        assertThatThrownBy(() -> vault().unlock(stranger))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("recovery.error.wrong"));
    }
}
