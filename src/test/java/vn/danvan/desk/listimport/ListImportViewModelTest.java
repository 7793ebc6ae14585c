package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.listimport.ListFiles.csv;
import static vn.danvan.desk.listimport.ListFiles.row;
import static vn.danvan.desk.listimport.ListFiles.with;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.listimport.ListImportViewModel.Stage;
import vn.danvan.desk.security.Actor;

/** The import screen's model, without a toolkit: check, problems, confirmation, import, template. */
class ListImportViewModelTest {

    @TempDir
    Path folder;
    AppServices services;
    ListImportViewModel model;
    final AtomicInteger imported = new AtomicInteger();

    @BeforeEach
    void register() {
        services = TestServices.openSetUp(folder.resolve("db"));
        services.villages().add("Thôn Đông", VillageKind.THON);
        model = new ListImportViewModel(services.listImport(), new DirectTaskRunner(),
                () -> Messages.of(AppLanguage.VI), Actor::system, imported::incrementAndGet);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void countsOfALargeListAreWrittenWithTheLanguagesThousandsSeparator() {
        assertThat(Messages.of(AppLanguage.VI).get("listimport.summary", 100_000, 98_765, 1_235))
                .isEqualTo("100.000 dòng đơn hợp lệ: 98.765 đơn mới, 1.235 đơn có mã đã có trong sổ.");
        assertThat(Messages.of(AppLanguage.EN).get("listimport.done", 100_000, 0, 0, 17))
                .isEqualTo("Imported 100,000 new petitions, updated 0, skipped 0; 17 catalog entries created.");
        assertThat(Messages.of(AppLanguage.VI).get("listimport.importing", 12_345)).isEqualTo("Đang nhập 12.345 dòng…");
    }

    @Test
    void problemsBlockTheImportAndANewVillageWaitsForTheTick() throws Exception {
        model.choose(csv(folder.resolve("loi.csv"), with(row("", "A Một", "001080000001"), "Lĩnh vực", "Bóng đá")));
        assertThat(model.stageProperty().get()).isEqualTo(Stage.PROBLEMS);
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Lĩnh vực");
            assertThat(p.reason()).isEqualTo("Lĩnh vực «Bóng đá» không có trong danh mục Lĩnh vực");
        });
        assertThat(model.canImportBinding().get()).isFalse();

        model.choose(csv(folder.resolve("tot.csv"), with(row("", "A Một", "001080000001"), "Thôn, tổ dân phố",
                "Thôn Mới")));
        assertThat(model.stageProperty().get()).isEqualTo(Stage.READY);
        assertThat(model.problems()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("1 dòng đơn hợp lệ: 1 đơn mới, 0 đơn có mã đã có trong sổ.");
        assertThat(model.newEntriesProperty().get()).isEqualTo("Thôn, tổ dân phố chưa có trong danh mục: Thôn Mới");
        assertThat(model.canImportBinding().get()).isFalse();
        model.createEntriesProperty().set(true);
        assertThat(model.canImportBinding().get()).isTrue();
        model.importNow();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.DONE);
        assertThat(model.statusProperty().get()).startsWith("Đã nhập 1 đơn mới");
        assertThat(imported.get()).isEqualTo(1);
        assertThat(services.database().dsl().fetchCount(PETITION)).isEqualTo(1);
    }

    @Test
    void aMissingFileIsSaidAndTheTemplateIsSaved() {
        model.pathProperty().set(folder.resolve("khong-co.csv").toString());
        model.check();
        assertThat(model.stageProperty().get()).isEqualTo(Stage.EMPTY);
        assertThat(model.statusProperty().get()).startsWith("Không có tệp");
        Path template = folder.resolve("mau.xlsx");
        model.saveTemplate(template);
        assertThat(template).isNotEmptyFile();
        assertThat(model.statusProperty().get()).isEqualTo("Đã lưu tệp mẫu mau.xlsx.");
    }
}
