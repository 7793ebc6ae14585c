package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.audit.AuditEntry;
import vn.danvan.desk.catalog.village.VillageKind;

/** An administrator reads the audit log in the window, filters it and checks its chain. */
class AuditLogUiTest {

    @TempDir
    Path folder;
    AppServices services;
    Application app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() {
        services = TestServices.openSetUp(folder);
        services.villages().add("Thôn Đông", VillageKind.THON);
        services.villages().add("Thôn Tây", VillageKind.THON);
        app = UiTestSupport.startAndLogIn(robot, services);
    }

    @AfterEach
    void stop() throws Exception {
        UiTestSupport.stop(app);
        services.close();
    }

    @Test
    void theLogListsWhatWasDoneFiltersByTextAndItsChainIsIntact() {
        robot.clickOn("#nav-catalogs");
        robot.clickOn("Nhật ký thao tác");
        TableView<?> table = waitFor(robot, "#auditTable");
        waitUntil(() -> table.getItems().size() >= 3);
        assertThat(table.getItems()).extracting(row -> ((AuditEntry) row).action()).contains("CREATE");
        robot.clickOn("#auditText").write("Thôn Tây").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(((AuditEntry) table.getItems().get(0)).details()).contains("Thôn Tây");
        robot.clickOn("#auditVerify");
        Label chain = robot.lookup("#auditChain").queryAs(Label.class);
        waitUntil(() -> chain.getText().startsWith("Nguyên vẹn"));
    }
}
