package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Label;
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
import vn.danvan.desk.catalog.village.Village;
import vn.danvan.desk.catalog.village.VillageKind;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.security.Officer;

/** A new office's first minutes: set-up typed in Vietnamese, the main window, a first village. */
@Tag("ui")
class FirstStartUiTest {

    @TempDir
    Path folder;
    AppServices services;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        services = TestServices.open(folder);
        app = UiTestSupport.start(services);
        waitFor(robot, "#officeName");
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        services.close();
    }

    @Test
    void setUpInVietnameseThenAddAVillage() {
        assertThat(robot.lookup("#submit").queryButton().getText()).isEqualTo("Hoàn tất thiết lập");
        type("#officeName", "UBND xã Tân Lập");
        type("#province", "Phú Thọ");
        type("#communeCode", "08866");
        type("#higherLevel", "UBND tỉnh Phú Thọ");
        type("#headName", "Trần Thị Bình");
        type("#headTitle", "Chủ tịch UBND xã");
        type("#adminFullName", "Nguyễn Văn An");
        type("#adminUsername", "nguyenvanan");
        type("#password", "matkhau123");
        type("#passwordConfirm", "matkhau12");
        assertThat(label("#formError").getText()).contains("không khớp");
        assertThat(robot.lookup("#submit").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.BACK_SPACE).write("23");
        assertThat(label("#formError").getText()).isEmpty();
        robot.type(KeyCode.ENTER);

        ToggleButton catalogs = waitFor(robot, "#nav-catalogs");
        assertThat(catalogs.getText()).isEqualTo("Danh mục");
        OfficeProfile office = services.offices().requireLocalOffice();
        assertThat(office.name()).isEqualTo("UBND xã Tân Lập");
        assertThat(office.communeCode()).isEqualTo("08866");
        assertThat(office.headName()).isEqualTo("Trần Thị Bình");
        assertThat(services.officers().all()).extracting(Officer::fullName).containsExactly("Nguyễn Văn An");
        waitUntil(() -> label("#officeName").getText().equals("UBND xã Tân Lập"));
        assertThat(label("#officerName").getText()).isEqualTo("Nguyễn Văn An (Quản trị)");

        waitFor(robot, "#dashboardRoot"); // the dashboard is the first page
        robot.clickOn("#nav-catalogs");
        robot.clickOn("#villagesRoot #name").write("Thôn Đông");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> services.villages().all().size() == 1);
        Village saved = services.villages().all().get(0);
        assertThat(saved.name()).isEqualTo("Thôn Đông");
        assertThat(saved.kind()).isEqualTo(VillageKind.THON);
        TableView<?> table = robot.lookup("#villagesRoot #table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> label("#recordCounts").getText().startsWith("1 thôn/tổ"));
    }

    @Test
    void aBadCommuneCodeShowsTheRuleAndSavesNothing() {
        type("#officeName", "UBND phường Hà Đông");
        type("#province", "Hà Nội");
        type("#higherLevel", "UBND thành phố Hà Nội");
        type("#adminFullName", "Lê Thị Hoa");
        type("#adminUsername", "lethihoa");
        type("#password", "matkhau123");
        type("#passwordConfirm", "matkhau123");
        type("#communeCode", "12a4");
        assertThat(label("#formError").getText())
                .isEqualTo("Mã xã (không bắt buộc): Mã xã gồm đúng 5 chữ số (ví dụ 00004), hoặc để trống.");
        assertThat(robot.lookup("#submit").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        robot.sleep(300);
        assertThat(services.setup().isSetUp()).isFalse();
        assertThat(services.officers().all()).isEmpty();
        assertThat(robot.lookup("#officeName").tryQuery()).isPresent();
    }

    private void type(String query, String text) {
        robot.clickOn(query).write(text);
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
