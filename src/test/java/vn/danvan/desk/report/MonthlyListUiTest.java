package vn.danvan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;

/** The report page as an officer uses it: pick the month, look at the preview, export, read the file back. */
@Tag("ui")
class MonthlyListUiTest {

    @TempDir
    Path folder;
    MonthlyListFixtures data;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        data = new MonthlyListFixtures(folder.resolve("db")).untilEndOfOctober().afterOctober();
        app = UiTestSupport.start(data.services);
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#dashboardRoot"); // the first page after login
        robot.clickOn("#nav-reports");
        waitFor(robot, "#reportsRoot");
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        data.services.close();
    }

    @Test
    void pickOctoberPreviewItMaskedAndExportItAsPdf() throws Exception {
        // the page opens on the month just ended; step back a month, then pick October in the list
        waitUntil(() -> table().getItems().size() == 9);
        robot.clickOn("#previousMonth");
        waitUntil(() -> "Tháng 09/2026".equals(monthText()));
        // and forward again with the keyboard-reachable button next to the month box
        robot.clickOn("#nextMonth");
        waitUntil(() -> "Tháng 10/2026".equals(monthText()));
        waitUntil(() -> table().getItems().size() == 9 && label("#summary").getText().startsWith("9 đơn"));
        assertThat(label("#summary").getText()).isEqualTo("9 đơn: 5 tiếp nhận trong tháng, 4 kỳ trước chuyển sang");
        MonthlyListViewModel.Line first = (MonthlyListViewModel.Line) table().getItems().get(0);
        assertThat(first.row().code()).isEqualTo(data.code("P3"));
        assertThat(robot.lookup(node -> node instanceof javafx.scene.text.Text t && t.getText() != null
                && t.getText().contains(MonthlyListFixtures.DENOUNCER)).tryQuery()).isEmpty();
        assertThat(robot.lookup("#withIdentities").queryAs(CheckBox.class).isVisible()).isTrue(); // an admin

        Path out = Files.createDirectory(folder.resolve("bao-cao"));
        robot.doubleClickOn("#folder").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write(out.toString());
        robot.clickOn("#format");
        robot.clickOn("PDF (.pdf)");
        assertThat(label("#fileName").getText()).isEqualTo("danh-sach-don-thu-2026-10.pdf");
        robot.clickOn("#export");

        Path file = out.resolve("danh-sach-don-thu-2026-10.pdf");
        waitUntil(() -> label("#exportStatus").getText().startsWith("Đã xuất 9 đơn"));
        assertThat(file).exists();
        assertThat(robot.lookup("#openFolder").queryAs(Button.class).isDisabled()).isFalse();
        String text = ExportedFiles.dense(String.join("", ExportedFiles.pdfPages(file)));
        assertThat(text).contains(ExportedFiles.dense("DANH SÁCH ĐƠN THƯ THÁNG 10/2026"), data.code("P8"))
                .doesNotContain(ExportedFiles.dense(MonthlyListFixtures.DENOUNCER));
        assertThat(data.services.preferences().exportFolder()).contains(out.toAbsolutePath());
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return (TableView<Object>) robot.lookup("#reportsRoot #table").query();
    }

    @SuppressWarnings("unchecked")
    private String monthText() {
        ComboBox<Object> month = robot.lookup("#month").queryAs(ComboBox.class);
        return month.getConverter().toString(month.getValue());
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
