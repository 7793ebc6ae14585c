package vn.danvan.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;

class OfficerServiceTest {

    @TempDir
    Path folder;
    AppServices services;
    OfficerService officers;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        officers = services.officers();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void passwordsAreStoredAsSaltedHashesNeverInClear() {
        officers.add(new NewOfficer("canbo1", "Phạm Thị Dung", OfficerRole.OFFICER, "mat-khau-1"));
        officers.add(new NewOfficer("canbo2", "Hoàng Văn Em", OfficerRole.OFFICER, "mat-khau-1"));
        var hashes = services.database().dsl()
                .fetch("select password_hash from officer where username in ('canbo1', 'canbo2')")
                .getValues(0, String.class);
        assertThat(hashes).hasSize(2).allMatch(h -> h.startsWith("$2a$") && !h.contains("mat-khau-1"));
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
    }

    @Test
    void loginChecksThePasswordAndTheActiveFlag() {
        Officer dung = officers.add(new NewOfficer("CanBo1 ", "Phạm Thị Dung", OfficerRole.OFFICER, "mat-khau-1"));
        assertThat(dung.username()).isEqualTo("canbo1");
        AuthService auth = services.auth();
        assertThat(auth.login("canbo1", "mat-khau-1".toCharArray())).map(Officer::fullName).contains("Phạm Thị Dung");
        assertThat(auth.login("canbo1", "sai-mat-khau".toCharArray())).isEmpty();
        assertThat(auth.login("khongco", "mat-khau-1".toCharArray())).isEmpty();
        officers.setActive(dung.id(), false);
        assertThat(auth.login("canbo1", "mat-khau-1".toCharArray())).isEmpty();
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        Officer dung = officers.add(new NewOfficer("canbo1", "Phạm Thị Dung", OfficerRole.OFFICER, "mat-khau-1"));
        officers.resetPassword(dung.id(), "mat-khau-moi");
        assertThat(services.auth().login("canbo1", "mat-khau-1".toCharArray())).isEmpty();
        assertThat(services.auth().login("canbo1", "mat-khau-moi".toCharArray())).isPresent();
        assertThatThrownBy(() -> officers.resetPassword(dung.id(), "ngan")).isInstanceOf(UserException.class);
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedOrDemoted() {
        Officer admin = officers.all().get(0);
        assertThatThrownBy(() -> officers.setActive(admin.id(), false))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.officer.lastAdmin"));
        assertThatThrownBy(() -> officers.setRole(admin.id(), OfficerRole.OFFICER)).isInstanceOf(UserException.class);
        Officer second = officers.add(new NewOfficer("admin2", "Vũ Văn Giang", OfficerRole.ADMIN, "mat-khau-2"));
        officers.setActive(admin.id(), false);
        assertThat(officers.all()).filteredOn(Officer::active).extracting(Officer::id).containsExactly(second.id());
    }

    @Test
    void badAccountsAreRefused() {
        assertThatThrownBy(() -> officers.add(new NewOfficer("Nguyễn", "X", OfficerRole.OFFICER, "mat-khau-1")))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> officers.add(new NewOfficer("ab", "X", OfficerRole.OFFICER, "mat-khau-1")))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> officers.add(new NewOfficer("admin", "X", OfficerRole.OFFICER, "mat-khau-1")))
                .isInstanceOfSatisfying(UserException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.officer.usernameTaken"));
        assertThat(officers.all()).hasSize(1);
    }
}
