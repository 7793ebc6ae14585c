package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.control.ScrollPane;
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
import vn.danvan.desk.calendar.CalendarEntry;

/** The working-calendar section of the settings page, used as an admin would. */
@Tag("ui")
class WorkingCalendarUiTest {

    private static final LocalDate BRIDGE = LocalDate.of(2026, 2, 13);

    @TempDir
    Path folder;
    AppServices services;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        services = TestServices.openSetUp(folder);
        app = UiTestSupport.start(services);
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#nav-settings");
        robot.clickOn("#nav-settings");
        waitFor(robot, "#calendarRoot");
        ScrollPane page = robot.lookup("#settingsRoot").queryAs(ScrollPane.class);
        // bring the calendar's form into view (the settings page has sections below it)
        javafx.scene.Node form = robot.lookup("#calendarRoot #date").query();
        robot.interact(() -> {
            javafx.geometry.Bounds at = page.getContent().sceneToLocal(form.localToScene(form.getBoundsInLocal()));
            double range = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (at.getMinY() - 200) / range)));
        });
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        services.close();
    }

    @Test
    void anAdminTypesADateAndANameAndTheDayIsOff() {
        robot.clickOn("#calendarRoot #date").write("13/02/2026");
        robot.clickOn("#calendarRoot #name").write("Nghỉ Tết theo Thông báo của Chính phủ");
        robot.clickOn("#addDayOff");
        waitUntil(() -> !services.calendar().calendar().isWorkingDay(BRIDGE));
        assertThat(services.calendar().calendar().holiday(BRIDGE).orElseThrow().name().officeText())
                .isEqualTo("Nghỉ Tết theo Thông báo của Chính phủ");
        TableView<CalendarEntry> table = robot.lookup("#calendarRoot #table").query();
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().date()).isEqualTo(BRIDGE); // shown and selected

        robot.clickOn("#removeOverride");
        waitFor(robot, ".dialog-pane");
        robot.clickOn("Đồng ý");
        waitUntil(() -> services.calendar().calendar().isWorkingDay(BRIDGE));
    }
}
