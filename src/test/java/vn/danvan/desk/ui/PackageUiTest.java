package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;

/** The hand-over package section of Settings as an administrator meets it: the passphrase rules as typed. */
@Tag("ui")
class PackageUiTest {

    @TempDir
    Path root;
    final FxRobot robot = new FxRobot();
    Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
    }

    @Test
    void theExportButtonWaitsForAGoodPassphraseTypedTwice() throws Exception {
        Path office = root.resolve("office");
        var startup = TestServices.startup(office, Clock.fixed(TestServices.NOW, ZoneOffset.UTC));
        startup.setUp(TestServices.setupRequest()).services().close();
        app = UiTestSupport.start(TestServices.startup(office, Clock.fixed(TestServices.NOW, ZoneOffset.UTC)));
        waitFor(robot, "#username");
        robot.clickOn("#username").write(TestServices.ADMIN);
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-settings"));
        Button export = waitFor(robot, "#packageExport");
        assertThat(export.isDisabled()).isTrue();
        assertThat(robot.lookup("#packageOpen").queryButton().isDisabled()).isFalse();
        PasswordField passphrase = waitFor(robot, "#packagePassphrase");
        PasswordField again = waitFor(robot, "#packagePassphraseAgain");
        Label strength = waitFor(robot, "#packageStrength");
        robot.interact(() -> passphrase.setText("ngắn"));
        waitUntil(() -> strength.getText().contains("ít nhất 12"));
        robot.interact(() -> passphrase.setText("gói tháng 10 / 2026"));
        waitUntil(() -> strength.getText().contains("chưa khớp"));
        assertThat(export.isDisabled()).isTrue();
        robot.interact(() -> again.setText("gói tháng 10 / 2026"));
        waitUntil(() -> !export.isDisabled());
        assertThat(strength.getText()).isEqualTo("Cụm mật khẩu dùng được.");
        assertThat(robot.lookup("#packagePreviewBox").query().isVisible()).isFalse();
    }
}
