package vn.danvan.desk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.office.OfficeProfile;

class SetupServiceTest {

    @TempDir
    Path folder;

    @Test
    void setUpCreatesTheOfficeTheAdminAndStoresTheLanguage() {
        try (AppServices services = TestServices.open(folder)) {
            assertThat(services.setup().isSetUp()).isFalse();
            SetupRequest request = TestServices.setupRequest();
            services.setup().setUp(new SetupRequest(request.officeName(), request.level(), request.province(),
                    request.communeCode(), request.higherLevelName(), request.headName(), request.headTitle(),
                    request.adminFullName(), request.adminUsername(), request.adminPassword(), AppLanguage.EN));
            OfficeProfile office = services.offices().requireLocalOffice();
            assertThat(office.name()).isEqualTo("UBND xã Tân Lập");
            assertThat(office.communeCode()).isEqualTo("12345");
            assertThat(services.officers().all()).singleElement().satisfies(o -> assertThat(o.isAdmin()).isTrue());
            assertThat(services.preferences().language()).isEqualTo(AppLanguage.EN);
        }
        try (AppServices reopened = TestServices.open(folder)) {
            assertThat(reopened.setup().isSetUp()).isTrue();
            assertThat(reopened.preferences().language()).isEqualTo(AppLanguage.EN);
        }
    }

    @Test
    void aSecondSetUpIsRefused() {
        try (AppServices services = TestServices.openSetUp(folder)) {
            assertThatThrownBy(() -> services.setup().setUp(TestServices.setupRequest()))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.setup.alreadyDone"));
            assertThat(services.officers().all()).hasSize(1);
        }
    }

    @Test
    void aBadCommuneCodeOrPasswordSavesNothing() {
        try (AppServices services = TestServices.open(folder)) {
            assertThatThrownBy(() -> services.setup().setUp(new SetupRequest("UBND phường Hà Đông",
                    OfficeLevel.PHUONG, "Hà Nội", "1234", "UBND thành phố Hà Nội", null, null, "A", "admin",
                    "matkhau123", AppLanguage.VI)))
                    .isInstanceOfSatisfying(UserException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.communeCode"));
            assertThatThrownBy(() -> services.setup().setUp(new SetupRequest("UBND phường Hà Đông",
                    OfficeLevel.PHUONG, "Hà Nội", null, "UBND thành phố Hà Nội", null, null, "A", "admin",
                    "short", AppLanguage.VI))).isInstanceOf(UserException.class);
            assertThat(services.setup().isSetUp()).isFalse();
            assertThat(services.officers().all()).isEmpty();
        }
    }

    @Test
    void theOfficeProfileCanBeEditedLater() {
        try (AppServices services = TestServices.openSetUp(folder)) {
            OfficeProfile office = services.offices().requireLocalOffice();
            services.offices().update(new OfficeProfile(office.id(), "UBND xã Tân Lập Mới", OfficeLevel.XA,
                    "Phú Thọ", "", office.higherLevelName(), "Đỗ Văn Hải", "Chủ tịch UBND xã"));
            OfficeProfile after = services.offices().requireLocalOffice();
            assertThat(after.name()).isEqualTo("UBND xã Tân Lập Mới");
            assertThat(after.communeCode()).isNull();
            assertThat(after.headName()).isEqualTo("Đỗ Văn Hải");
        }
    }
}
