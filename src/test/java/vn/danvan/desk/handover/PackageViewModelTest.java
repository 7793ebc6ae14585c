package vn.danvan.desk.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;

/** The package section's view model over two real offices: export from A, preview and import into B. */
class PackageViewModelTest {

    @TempDir
    Path folder;
    PackageFixtures offices;
    final Messages messages = Messages.of(AppLanguage.VI);

    @BeforeEach
    void twoOffices() {
        offices = new PackageFixtures(folder, 20);
    }

    @AfterEach
    void close() {
        offices.close();
    }

    PackageViewModel model(vn.danvan.desk.AppServices services, boolean admin) {
        return new PackageViewModel(services.packages(), new DirectTaskRunner(), () -> messages, admin,
                () -> PackageFixtures.ADMIN, LocalDate.of(2026, 11, 26));
    }

    @Test
    void theExportWaitsForAGoodPassphraseTypedTwiceThenWritesThePackage() {
        PackageViewModel export = model(offices.a, true);
        assertThat(export.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(export.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 31));
        export.passphraseProperty().set("ngắn");
        assertThat(export.strengthProperty().get()).contains("ít nhất 12");
        assertThat(export.exportReadyProperty().get()).isFalse();
        export.passphraseProperty().set(PackageFixtures.PASSPHRASE);
        assertThat(export.strengthProperty().get()).contains("chưa khớp");
        export.passphraseAgainProperty().set(PackageFixtures.PASSPHRASE);
        assertThat(export.exportReadyProperty().get()).isTrue();
        export.fromProperty().set(PackageFixtures.FROM);
        export.toProperty().set(PackageFixtures.TO);
        Path file = folder.resolve("goi.dvpkg");
        export.exportTo(file);
        assertThat(export.statusProperty().get()).startsWith("Đã xuất gói").contains("20 đơn");
        assertThat(export.passphraseProperty().get()).isEmpty();
        assertThat(file).isRegularFile();

        PackageViewModel receive = model(offices.b, true);
        receive.open(file);
        assertThat(receive.previewShownProperty().get()).isTrue();
        assertThat(receive.previewProperty().get()).contains("UBND xã Tân Lập", "20 đơn", "Lần đầu");
        receive.importPassphraseProperty().set("sai mật khẩu 123");
        receive.confirmImport();
        assertThat(receive.statusProperty().get()).contains("Cụm mật khẩu không đúng");
        assertThat(offices.petitionsOf(offices.b, offices.a.offices().requireLocalOffice().id())).isZero();
        receive.importPassphraseProperty().set(PackageFixtures.PASSPHRASE);
        receive.confirmImport();
        assertThat(receive.statusProperty().get()).startsWith("Đã nhập gói của UBND xã Tân Lập").contains("cập nhật 0");
        assertThat(receive.previewShownProperty().get()).isFalse();
        assertThat(offices.petitionsOf(offices.b, offices.a.offices().requireLocalOffice().id())).isEqualTo(20);
    }

    @Test
    void officersWhoAreNotAdminsCannotExport() {
        PackageViewModel model = model(offices.a, false);
        model.passphraseProperty().set(PackageFixtures.PASSPHRASE);
        model.passphraseAgainProperty().set(PackageFixtures.PASSPHRASE);
        assertThat(model.editable()).isFalse();
        assertThat(model.exportReadyProperty().get()).isFalse();
    }
}
