package vn.danvan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.DirectTaskRunner;
import vn.danvan.desk.RecordingDialogs;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/** The report page's view model without a toolkit: month stepping, file naming, asking, exporting, cancelling. */
class MonthlyListViewModelTest {

    @TempDir
    Path folder;
    MonthlyListFixtures data;
    final vn.danvan.desk.HeldTaskRunner runner = new vn.danvan.desk.HeldTaskRunner();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Path> remembered = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    Actor actor = new Actor(null, "admin", true);

    @BeforeEach
    void story() {
        data = new MonthlyListFixtures(folder.resolve("db")).untilEndOfOctober().afterOctober();
    }

    @AfterEach
    void close() {
        data.services.close();
    }

    MonthlyListViewModel model(Path exportFolder) {
        MonthlyListViewModel model = new MonthlyListViewModel(data.services.monthlyList(), runner, dialogs,
                () -> Messages.of(AppLanguage.VI), () -> actor, exportFolder, remembered::add, opened::add);
        runner.runAll();
        return model;
    }

    @Test
    void opensOnTheMonthJustEndedAndStepsWithinTheOfferedMonths() {
        MonthlyListViewModel model = model(folder);
        assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(model.lines()).hasSize(9);
        assertThat(model.summaryProperty().get()).isEqualTo("9 đơn: 5 tiếp nhận trong tháng, 4 kỳ trước chuyển sang");
        assertThat(model.lines().get(0).ordinal()).isEqualTo(1);
        assertThat(model.cellText(MonthlyListColumn.PETITIONER, model.lines().get(4))).isEqualTo("(bảo mật)");
        model.nextMonth();
        model.nextMonth(); // November is the latest month offered
        runner.runAll();
        assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 11));
        model.previousMonth();
        model.previousMonth();
        runner.runAll();
        assertThat(model.monthProperty().get()).isEqualTo(YearMonth.of(2026, 9));
        model.formatProperty().set(ExportFormat.PDF);
        assertThat(model.fileNameBinding().get()).isEqualTo("danh-sach-don-thu-2026-09.pdf");
        assertThat(model.months()).hasSize(MonthlyListViewModel.MONTHS_OFFERED).startsWith(YearMonth.of(2026, 11));
    }

    @Test
    void theOfficeChoiceAppearsWithAMergedOfficeAndShowsThatOfficesList() {
        MonthlyListViewModel alone = new MonthlyListViewModel(data.services.monthlyList(),
                new ReportOfficeChoice(data.services.monthlyList()::offices, runner), runner, dialogs,
                () -> Messages.of(AppLanguage.VI), () -> actor, folder, remembered::add, opened::add);
        runner.runAll();
        assertThat(alone.offices().severalProperty().get()).isFalse();
        assertThat(alone.lines()).hasSize(9);

        java.util.UUID other = java.util.UUID.randomUUID();
        var sql = data.services.database().dsl();
        sql.execute("INSERT INTO office (id, name, level, province, higher_level_name, is_local, created_at, updated_at)"
                + " VALUES (?, 'UBND xã Bên Cạnh', 'XA', 'Tỉnh Phú Thọ', 'UBND tỉnh Phú Thọ', FALSE, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)", other);
        sql.execute("INSERT INTO petition (id, code, received_date, channel, kind, summary, status, origin_office_id,"
                + " created_at, updated_at) VALUES (?, 'KN-2026-77777', DATE '2026-10-10', 'POST', 'COMPLAINT',"
                + " 'Đơn của xã bên cạnh', 'RECEIVED', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                java.util.UUID.randomUUID(), other);

        MonthlyListViewModel model = new MonthlyListViewModel(data.services.monthlyList(),
                new ReportOfficeChoice(data.services.monthlyList()::offices, runner), runner, dialogs,
                () -> Messages.of(AppLanguage.VI), () -> actor, folder, remembered::add, opened::add);
        runner.runAll();
        assertThat(model.offices().severalProperty().get()).isTrue();
        assertThat(model.offices().officeProperty().get().local()).isTrue();
        assertThat(model.lines()).hasSize(9);
        model.offices().officeProperty().set(model.offices().offices().get(1));
        runner.runAll();
        assertThat(model.lines()).extracting(line -> line.row().code()).containsExactly("KN-2026-77777");
        assertThat(model.fileNameBinding().get()).isEqualTo("danh-sach-don-thu-2026-10-ubnd-xa-ben-canh.xlsx");
        model.offices().officeProperty().set(model.offices().offices().get(0));
        assertThat(model.fileNameBinding().get()).isEqualTo("danh-sach-don-thu-2026-10.xlsx");
    }

    @Test
    void exportsAsksBeforeReplacingRemembersTheFolderAndOpensIt() throws Exception {
        MonthlyListViewModel model = model(folder);
        Path target = folder.resolve("danh-sach-don-thu-2026-10.xlsx");
        Files.writeString(target, "old");
        dialogs.answer = false;
        model.export();
        runner.runAll();
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(dialogs.confirmations).hasSize(1);

        dialogs.answer = true;
        model.export();
        assertThat(model.exportingProperty().get()).isTrue();
        runner.runAll();
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.exportStatusProperty().get()).isEqualTo("Đã xuất 9 đơn vào danh-sach-don-thu-2026-10.xlsx");
        assertThat(Files.size(target)).isGreaterThan(1000);
        assertThat(remembered).containsExactly(folder);
        model.openFolder();
        assertThat(opened).containsExactly(folder.toAbsolutePath());
    }

    @Test
    void aMissingFolderIsSaidAndNothingRuns() {
        MonthlyListViewModel model = model(folder.resolve("khong-co"));
        model.export();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Không có thư mục");
        assertThat(runner.held).isEmpty();
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() {
        MonthlyListViewModel model = model(folder);
        model.export();
        model.cancelExport();
        runner.runAll();
        assertThat(model.exportStatusProperty().get()).isEqualTo("Đã hủy: không có tệp nào được ghi.");
        assertThat(model.exportingProperty().get()).isFalse();
        assertThat(folder.resolve("danh-sach-don-thu-2026-10.xlsx")).doesNotExist();
        assertThat(runner.reported).isEmpty();
    }

    @Test
    void identitiesAreOfferedToAdminsOnlyAndAskedFor() throws Exception {
        actor = new Actor(null, "canbo", false);
        MonthlyListViewModel officer = model(folder);
        assertThat(officer.canShowIdentities()).isFalse();
        officer.formatProperty().set(ExportFormat.CSV);
        officer.withIdentitiesProperty().set(true); // ticked by mistake: ignored
        officer.export();
        runner.runAll();
        Path csv = folder.resolve("danh-sach-don-thu-2026-10.csv");
        assertThat(Files.readString(csv)).doesNotContain(MonthlyListFixtures.DENOUNCER);

        actor = new Actor(null, "admin", true);
        MonthlyListViewModel admin = model(folder);
        admin.formatProperty().set(ExportFormat.CSV);
        admin.withIdentitiesProperty().set(true);
        dialogs.confirmations.clear();
        admin.export();
        runner.runAll();
        assertThat(dialogs.confirmations).anyMatch(text -> text.contains("danh tính"));
        assertThat(Files.readString(csv)).contains(MonthlyListFixtures.DENOUNCER);
    }
}
