package vn.danvan.desk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.RecordingDialogs;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.office.OfficeProfileForm;
import vn.danvan.desk.security.Officer;

class SetupViewModelTest {

    @TempDir
    Path folder;
    AppServices services;
    final List<Officer> done = new ArrayList<>();
    final RecordingDialogs dialogs = new RecordingDialogs();
    AppLanguage language = AppLanguage.VI;
    SetupViewModel<Officer> model;

    @BeforeEach
    void open() {
        services = TestServices.open(folder);
        model = new SetupViewModel<>(services.setup()::setUp, new DirectTaskRunner(), () -> Messages.of(language), dialogs,
                done::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFormIsValidatedAsTheUserTypes() {
        assertThat(model.form().isValid()).isFalse();
        assertThat(model.form().firstErrorProperty().get()).isEqualTo("Tên đơn vị: Không được để trống.");
        fillValid();
        assertThat(model.form().isValid()).isTrue();
        model.office().communeCodeProperty().set("1234");
        assertThat(model.form().errorOf(OfficeProfileForm.COMMUNE_CODE)).isPresent();
        assertThat(model.form().check(OfficeProfileForm.COMMUNE_CODE, "00004")).isEmpty();
        model.office().communeCodeProperty().set("");
        model.passwordConfirmProperty().set("khac-hoan-toan");
        assertThat(model.form().firstErrorProperty().get()).contains("không khớp");
        language = AppLanguage.EN;
        model.form().revalidate();
        assertThat(model.form().firstErrorProperty().get()).isEqualTo("Repeat the password: The two passwords differ.");
    }

    @Test
    void submitDoesNothingWhileInvalidAndSetsUpWhenValid() {
        model.office().nameProperty().set("UBND xã Tân Lập");
        model.submit();
        assertThat(services.setup().isSetUp()).isFalse();
        fillValid();
        model.submit();
        assertThat(done).extracting(Officer::username).containsExactly("nguyenvanan");
        assertThat(services.setup().isSetUp()).isTrue();
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    private void fillValid() {
        model.office().nameProperty().set("UBND xã Tân Lập");
        model.office().provinceProperty().set("Phú Thọ");
        model.office().higherLevelProperty().set("UBND tỉnh Phú Thọ");
        model.adminFullNameProperty().set("Nguyễn Văn An");
        model.adminUsernameProperty().set("nguyenvanan");
        model.passwordProperty().set("matkhau123");
        model.passwordConfirmProperty().set("matkhau123");
    }
}
