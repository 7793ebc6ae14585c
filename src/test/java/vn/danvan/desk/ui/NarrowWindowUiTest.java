package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;

/**
 * The pages at the window's minimum size (960 x 640, a small laptop screen or a window made narrow): every action
 * keeps its whole text and no page grows wider than the window. Before, the petition actions read "Tiếp n…",
 * "Nhập dan…", the dialogue page's "Buổi mới" read "…", and the period summary pushed its export button out of sight.
 */
@Tag("ui")
class NarrowWindowUiTest {

    @TempDir
    Path folder;
    final FxRobot robot = new FxRobot();
    AppServices services;
    Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void atTheMinimumSizeEveryActionKeepsItsTextAndNoPageIsWiderThanTheWindow() throws Exception {
        services = TestServices.openSetUp(folder);
        app = UiTestSupport.start(services);
        UiTestSupport.logIn(robot);
        Node dashboard = waitFor(robot, "#dashboardRoot");
        Stage stage = (Stage) dashboard.getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(960);

        robot.clickOn("#nav-petitions");
        assertWhole(stage, "#petitionsRoot", List.of("#newPetition", "#importList", "#changeStatus", "#clearFilters"));
        robot.clickOn("#nav-dialogues");
        assertWhole(stage, "#dialoguesRoot", List.of("#newSession", "#openSession"));
        robot.clickOn("#nav-reports");
        assertWhole(stage, "#reportsRoot", List.of("#monthLabel", "#formatLabel", "#withIdentities", "#folderLabel",
                "#chooseFolder", "#export"));
        robot.clickOn("Báo cáo tổng hợp");
        assertWhole(stage, "#summaryRoot", List.of("#summaryFormatLabel", "#summaryFolderLabel",
                "#summaryChooseFolder", "#summaryExport"));
    }

    /** The page of {@code root} fits the window, and each of {@code ids} shows its whole text inside it. */
    private void assertWhole(Stage stage, String root, List<String> ids) {
        Parent page = waitFor(robot, root);
        WaitForAsyncUtils.waitForFxEvents();
        double windowWidth = stage.getScene().getWidth();
        assertThat(page.localToScene(page.getLayoutBounds()).getMaxX()).as(root + " right edge")
                .isLessThanOrEqualTo(windowWidth + 0.5);
        for (String id : ids) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            Text shown = (Text) labeled.lookup(".text");
            assertThat(shown.getText()).as(id + " as drawn").isEqualTo(labeled.getText().replace("_", ""));
            assertThat(labeled.localToScene(labeled.getLayoutBounds()).getMaxX()).as(id + " right edge")
                    .isLessThanOrEqualTo(windowWidth + 0.5);
        }
    }
}
