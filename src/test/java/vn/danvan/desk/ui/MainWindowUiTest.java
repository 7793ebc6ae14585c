package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
import vn.danvan.desk.catalog.field.PetitionField;
import vn.danvan.desk.catalog.unit.HandlingUnit;
import vn.danvan.desk.common.i18n.AppLanguage;

/** Later starts: login, the catalogs, and the language switched at run time. */
@Tag("ui")
class MainWindowUiTest {

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
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        services.close();
    }

    @Test
    void aWrongPasswordIsRefusedTheRightOneOpensTheMainWindow() {
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write("sai-mat-khau").type(KeyCode.ENTER);
        waitUntil(() -> label("#loginError").getText().equals("Tên đăng nhập hoặc mật khẩu không đúng."));
        assertThat(robot.lookup("#nav-catalogs").tryQuery()).isEmpty();

        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#nav-catalogs");
        waitUntil(() -> label("#officeName").getText().equals("UBND xã Tân Lập"));
        assertThat(label("#databasePath").getText()).endsWith("danvan.mv.db");
    }

    @Test
    void fieldsAndHandlingUnitsAreEditedFromTheCatalogsPage() {
        login();
        robot.clickOn("#fieldsTab .tab-label", javafx.scene.input.MouseButton.PRIMARY);
        robot.clickOn("#fieldsRoot #name").write("Giáo dục").type(KeyCode.ENTER);
        waitUntil(() -> services.fields().all().size() == 15);
        assertThat(services.fields().all()).extracting(PetitionField::name).endsWith("Giáo dục");

        robot.clickOn("Đơn vị xử lý");
        robot.clickOn("#unitsRoot #name").write("Công an xã");
        robot.clickOn("#unitsRoot #contact").write("0210 3850 123").type(KeyCode.ENTER);
        waitUntil(() -> services.units().all().size() == 1);
        HandlingUnit unit = services.units().all().get(0);
        assertThat(unit.name()).isEqualTo("Công an xã");
        assertThat(unit.contact()).isEqualTo("0210 3850 123");
    }

    @Test
    void theLanguageSwitchesAtRunTimeAndIsRemembered() {
        login();
        robot.clickOn("#nav-settings");
        ComboBox<AppLanguage> language = waitFor(robot, "#language");
        robot.interact(() -> language.setValue(AppLanguage.EN));
        robot.clickOn("#applyLanguage");
        waitUntil(() -> robot.lookup("#nav-catalogs").queryAs(ToggleButton.class).getText().equals("Catalogs"));
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(services.preferences().language()).isEqualTo(AppLanguage.EN);
        waitUntil(() -> label("#recordCounts").getText().contains("villages"));
    }

    private void login() {
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#dashboardRoot"); // the first page after login
        robot.clickOn("#nav-catalogs");
        waitFor(robot, "#villagesRoot");
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
