package vn.danvan.desk.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.report.ExportedFiles;

/** The summary tab as an officer uses it: pick the quarter with the keyboard, read the figures, export to Excel. */
@Tag("ui")
class PeriodSummaryUiTest {

    @TempDir
    Path folder;
    SummaryFixtures data;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        data = new SummaryFixtures(folder.resolve("db")).story();
        app = UiTestSupport.start(data.services);
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#nav-reports");
        robot.clickOn("#nav-reports");
        waitFor(robot, "#reportsRoot");
        robot.clickOn("Báo cáo tổng hợp");
        waitFor(robot, "#summaryRoot");
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        data.services.close();
    }

    @Test
    void pickTheThirdQuarterSeeItsFiguresAndExportThem() throws Exception {
        // the tab opens on the month just ended (October 2026: the clock stands at 24/11/2026)
        waitUntil(() -> "Tháng 10/2026".equals(periodText()) && !figures().getItems().isEmpty());
        // choose "Quý" with the keyboard, then step back to the third quarter
        robot.clickOn("#kind").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> "Quý III năm 2026".equals(periodText()));
        waitUntil(() -> label("#totals").getText().startsWith("Tổng số 17 đơn"));
        assertThat(label("#totals").getText())
                .isEqualTo("Tổng số 17 đơn (5 kỳ trước chuyển sang, 12 tiếp nhận trong kỳ); tỷ lệ xử lý 52,9%, "
                        + "tỷ lệ giải quyết 40,0%");
        assertThat(label("#dates").getText()).contains("(Từ ngày 01/07/2026 đến ngày 30/09/2026)",
                "Theo tháng dương lịch");
        SummaryLine total = line("Tổng số đơn phải xử lý (1 + 2)");
        assertThat(total.count()).isEqualTo(17);
        SummaryLine complaints = line("Khiếu nại");
        assertThat(complaints.tally().columns()).containsExactly(5, 2, 3, 1, 3, 1);
        assertThat(robot.lookup(".summary-section").queryAll()).isNotEmpty();

        Path out = Files.createDirectory(folder.resolve("bao-cao"));
        robot.doubleClickOn("#summaryFolder").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write(out.toString());
        assertThat(label("#summaryFileName").getText()).isEqualTo("bao-cao-tong-hop-2026-Q3.xlsx");
        robot.clickOn("#summaryExport");
        Path file = out.resolve("bao-cao-tong-hop-2026-Q3.xlsx");
        waitUntil(() -> label("#summaryExportStatus").getText().startsWith("Đã xuất báo cáo"));
        assertThat(robot.lookup("#summaryOpenFolder").queryAs(Button.class).isDisabled()).isFalse();
        List<Row> rows = ExportedFiles.xlsx(file);
        Row totalRow = rows.stream().filter(r -> "Tổng số đơn phải xử lý (1 + 2)".equals(r.getCellText(1)))
                .findFirst().orElseThrow();
        assertThat(totalRow.getCell(2).asNumber()).isEqualByComparingTo("17");
    }

    private SummaryLine line(String label) {
        return figures().getItems().stream().filter(l -> label.equals(l.label())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<SummaryLine> figures() {
        return (TableView<SummaryLine>) robot.lookup("#figures").query();
    }

    @SuppressWarnings("unchecked")
    private String periodText() {
        ComboBox<ReportPeriod> period = robot.lookup("#period").queryAs(ComboBox.class);
        return period.getConverter().toString(period.getValue());
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
