package vn.danvan.desk.listimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.listimport.ListFiles.csv;
import static vn.danvan.desk.listimport.ListFiles.row;
import static vn.danvan.desk.listimport.ListFiles.with;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.catalog.village.VillageKind;

/** Nhập danh sách as an officer uses it: a file with a bad row shows its problems, a good one is imported. */
@Tag("ui")
class ListImportUiTest {

    @TempDir
    Path folder;
    AppServices services;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() {
        services = TestServices.openSetUp(folder.resolve("db"));
        services.villages().add("Thôn Đông", VillageKind.THON);
        app = UiTestSupport.startAndLogIn(robot, services);
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        services.close();
    }

    @SuppressWarnings("unchecked")
    TableView<ListImportViewModel.ProblemLine> problems() {
        return robot.lookup("#importProblems").queryAs(TableView.class);
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    void typePath(Path file) {
        robot.clickOn("#importPath").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write(file.toString()).type(KeyCode.ENTER);
    }

    @Test
    void aBadFileShowsItsProblemsAndAGoodOneIsImported() throws Exception {
        Path bad = csv(folder.resolve("loi.csv"), row("", "Trần Văn Một", "001080000001"),
                with(row("", "Lê Thị Hai", "001080000002"), "Loại đơn", "Thư khen"));
        Path good = csv(folder.resolve("tot.csv"), row("KNG-2026-00001", "Trần Văn Một", "001080000001"),
                with(row("", "Lê Thị Hai", "001080000002"), "Thôn, tổ dân phố", "Thôn Mới"));

        robot.clickOn("#importList");
        waitFor(robot, "#listImportRoot");
        typePath(bad);
        waitUntil(() -> problems().isVisible() && problems().getItems().size() == 1);
        ListImportViewModel.ProblemLine line = problems().getItems().get(0);
        assertThat(line.row()).isEqualTo(3);
        assertThat(line.column()).isEqualTo("Loại đơn");
        assertThat(line.reason()).startsWith("Loại đơn «Thư khen» không có");
        assertThat(text("#importSummary")).startsWith("Tệp có 1 lỗi");
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();

        typePath(good);
        waitUntil(() -> text("#importSummary").startsWith("2 dòng đơn hợp lệ"));
        assertThat(problems().isVisible()).isFalse();
        assertThat(text("#importNewEntries")).contains("Thôn Mới");
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue(); // not confirmed yet
        robot.clickOn("#importCreateEntries");
        waitUntil(() -> !robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#importButton");
        waitUntil(() -> text("#importStatus").startsWith("Đã nhập 2 đơn mới"));
        assertThat(services.database().dsl().fetchCount(PETITION)).isEqualTo(2);
        assertThat(services.villages().all()).extracting(v -> v.name()).contains("Thôn Mới");

        robot.clickOn("#importClose");
        waitUntil(() -> robot.lookup("#listImportRoot").tryQuery().isEmpty());
        // the petition page shows the imported petitions
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 2);

        // a petition's history says which file and row it came from, wrapped to the pane rather than cut off
        robot.interact(() -> robot.lookup("#table").queryAs(TableView.class).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#history").queryAs(ListView.class).getItems().size() == 1);
        ListView<?> history = robot.lookup("#history").queryAs(ListView.class);
        robot.interact(history::layout);
        ListCell<?> cell = robot.from(history).lookup(".list-cell").queryAll().stream()
                .map(node -> (ListCell<?>) node).filter(c -> c.getText() != null).findFirst().orElseThrow();
        assertThat(cell.getText()).contains("Nhập từ danh sách «tot.csv», dòng").doesNotContain("Hệ thống");
        assertThat(cell.getWidth()).isLessThan(history.getWidth());
        assertThat(robot.from(history).lookup(".scroll-bar").<ScrollBar>queryAllAs(ScrollBar.class)).allMatch(bar ->
                bar.getOrientation() == Orientation.VERTICAL || !bar.isVisible());
    }
}
