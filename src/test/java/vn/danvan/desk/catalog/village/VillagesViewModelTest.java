package vn.danvan.desk.catalog.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

/** The villages tab's logic without a window. */
class VillagesViewModelTest {

    @TempDir
    Path folder;
    AppServices services;
    RecordingDialogs dialogs = new RecordingDialogs();
    int changes;
    VillagesViewModel model;

    @BeforeEach
    void open() {
        services = TestServices.openSetUp(folder);
        Messages messages = Messages.of(AppLanguage.VI);
        model = new VillagesViewModel(services.villages(), new DirectTaskRunner(), dialogs, () -> messages,
                () -> changes++);
        model.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void savingANewVillageSelectsItAndReportsTheChange() {
        model.nameProperty().set("Thôn Đông");
        model.save();
        assertThat(model.shownVillages()).extracting(Village::name).containsExactly("Thôn Đông");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Thôn Đông");
        assertThat(model.statusProperty().get()).isEqualTo("Đã lưu «Thôn Đông».");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void anEmptyNameIsInvalidAndNothingIsSaved() {
        model.nameProperty().set("  ");
        assertThat(model.form().isValid()).isFalse();
        assertThat(model.form().firstErrorProperty().get()).isEqualTo("Tên: Không được để trống.");
        model.save();
        assertThat(services.villages().all()).isEmpty();
    }

    @Test
    void aRefusedNameShowsTheReasonInADialog() {
        services.villages().add("Thôn Đông", VillageKind.THON);
        model.nameProperty().set("THÔN ĐÔNG");
        model.save();
        assertThat(dialogs.errors).containsExactly("Đã có thôn / tổ dân phố tên «THÔN ĐÔNG».");
    }

    @Test
    void theFilterIgnoresAccentsAndCase() {
        services.villages().add("Thôn Đông", VillageKind.THON);
        services.villages().add("Tổ dân phố 3", VillageKind.TO_DAN_PHO);
        model.load();
        model.filterProperty().set("dong");
        assertThat(model.shownVillages()).extracting(Village::name).containsExactly("Thôn Đông");
        model.filterProperty().set("TO DAN");
        assertThat(model.shownVillages()).extracting(Village::name).containsExactly("Tổ dân phố 3");
        model.filterProperty().set("");
        assertThat(model.shownVillages()).hasSize(2);
    }

    @Test
    void mergeHappensOnlyAfterTheUserConfirms() {
        Village east = services.villages().add("Thôn Đông", VillageKind.THON);
        Village west = services.villages().add("Thôn Tây", VillageKind.THON);
        model.load();
        model.selectedProperty().set(model.shownVillages().stream()
                .filter(v -> v.id().equals(east.id())).findFirst().orElseThrow());
        assertThat(model.mergeTargets()).extracting(Village::id).containsExactly(west.id());
        model.mergeTargetProperty().set(model.mergeTargets().get(0));

        dialogs.answer = false;
        model.merge();
        assertThat(services.villages().require(east.id()).merged()).isFalse();

        dialogs.answer = true;
        model.mergeTargetProperty().set(model.mergeTargets().get(0));
        model.merge();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(text -> text.contains("«Thôn Đông» vào «Thôn Tây»"));
        assertThat(services.villages().require(east.id()).merged()).isTrue();
        assertThat(model.selectedProperty().get().id()).isEqualTo(west.id());
    }
}
