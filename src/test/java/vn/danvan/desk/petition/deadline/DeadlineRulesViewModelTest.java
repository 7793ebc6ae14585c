package vn.danvan.desk.petition.deadline;

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
import vn.danvan.desk.petition.PetitionKind;

class DeadlineRulesViewModelTest {

    @TempDir
    Path folder;
    AppServices services;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anAdminChangesALimitAndBadInputIsRefusedAsTyped() {
        DeadlineRulesViewModel model = new DeadlineRulesViewModel(services.deadlineRules(), new DirectTaskRunner(),
                () -> Messages.of(AppLanguage.VI), true);
        model.load();
        assertThat(model.rules()).hasSize(25);
        DeadlineRule settle = model.rules().stream().filter(r -> r.kind() == PetitionKind.FEEDBACK
                && r.step() == DeadlineStep.SETTLE).findFirst().orElseThrow();
        model.selectedProperty().set(settle);
        assertThat(model.limitProperty().get()).isEqualTo("15");

        model.limitProperty().set("0");
        assertThat(model.form().firstErrorProperty().get()).contains("Số ngày").contains("1 đến 365");
        model.limitProperty().set("20");
        model.basisProperty().set("Quy chế của UBND xã");
        model.save();

        DeadlineRule saved = services.deadlineRules().rules()
                .find(PetitionKind.FEEDBACK, DeadlineStep.SETTLE, DeadlineVariant.NORMAL).orElseThrow();
        assertThat(saved.limitDays()).isEqualTo(20);
        assertThat(saved.legalBasis()).isEqualTo("Quy chế của UBND xã");
        assertThat(model.statusProperty().get()).startsWith("Đã lưu");
    }

    @Test
    void anOfficerSeesTheRulesButCannotSave() {
        DeadlineRulesViewModel model = new DeadlineRulesViewModel(services.deadlineRules(), new DirectTaskRunner(),
                () -> Messages.of(AppLanguage.VI), false);
        model.load();
        model.selectedProperty().set(model.rules().get(0));
        model.limitProperty().set("99");
        model.save();
        assertThat(services.deadlineRules().rules().all().get(0).limitDays()).isNotEqualTo(99);
    }
}
