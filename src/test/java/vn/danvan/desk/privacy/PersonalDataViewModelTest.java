package vn.danvan.desk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.security.Actor;

/** The Settings section's model without a toolkit: look-up, confirmation by the ID number, retention. */
class PersonalDataViewModelTest {

    @TempDir
    Path folder;
    AppServices services;
    final DirectTaskRunner runner = new DirectTaskRunner();

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder.resolve("data"));
        new PrivacyFixtures(services).story();
    }

    @AfterEach
    void close() {
        services.close();
    }

    PersonalDataViewModel model(Actor actor) {
        return new PersonalDataViewModel(services.personalData(), services.retention(), runner,
                () -> Messages.of(AppLanguage.VI), () -> actor);
    }

    @Test
    void anonymisingWaitsForTheIdNumberTypedAgain() {
        PersonalDataViewModel model = model(PrivacyFixtures.ADMIN);
        model.referenceProperty().set(PrivacyFixtures.ID_NUMBER);
        model.find();
        assertThat(model.foundProperty().get()).contains(PrivacyFixtures.NAME, "2 đơn");
        assertThat(model.suggestedFileName()).isEqualTo("du-lieu-ca-nhan-079187001234.zip");
        model.askToAnonymise();
        assertThat(model.confirmationHintProperty().get()).contains("«079187001234»");
        model.confirmationProperty().set("079187001235");
        assertThat(model.confirmed().get()).isFalse();
        model.anonymise();
        assertThat(services.personalData().find(PrivacyFixtures.ID_NUMBER, PrivacyFixtures.ADMIN).anonymised())
                .isFalse();
        model.confirmationProperty().set("0791 8700 1234");
        assertThat(model.confirmed().get()).isTrue();
        model.anonymise();
        assertThat(model.statusProperty().get()).isEqualTo("Đã ẩn danh 1 hồ sơ công dân.");
        assertThat(model.foundProperty().get()).startsWith("Công dân đã được ẩn danh").contains("2 đơn");
        assertThat(model.subjectProperty().get().anonymised()).isTrue();
        assertThat(runner.unhandled()).isEmpty();
    }

    @Test
    void theRetentionYearsAreShownAndSaved() {
        PersonalDataViewModel model = model(PrivacyFixtures.ADMIN);
        model.loadRetention();
        assertThat(model.retentionYearsProperty().get()).isEqualTo("0");
        model.retentionYearsProperty().set("năm");
        model.saveRetention();
        assertThat(model.retentionStatusProperty().get()).contains("từ 0 (tắt) đến 100");
        model.retentionYearsProperty().set("7");
        model.saveRetention();
        assertThat(model.retentionStatusProperty().get()).startsWith("Đã lưu: 7 năm. Hiện có 0 công dân");
        assertThat(services.retention().years()).isEqualTo(7);
        assertThat(model(PrivacyFixtures.OFFICER).admin()).isFalse();
    }
}
