package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.Startup;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.security.keys.RecoveryKey;

/** The encrypted start as an officer meets it: set-up shows the recovery key, login, recovery from the login screen. */
class EncryptedStartUiTest {

    @TempDir
    Path folder;
    final FxRobot robot = new FxRobot();
    Application app;

    Startup startup() {
        return TestServices.startup(folder, Clock.fixed(TestServices.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
    }

    void type(String query, String text) {
        robot.clickOn(query).write(text);
    }

    @Test
    void setUpShowsTheRecoveryKeyOnceThenAWrongPasswordIsRefusedAndTheRightOneOpensTheData() throws Exception {
        app = UiTestSupport.start(startup());
        waitFor(robot, "#officeName");
        type("#officeName", "UBND xã Tân Lập");
        type("#province", "Phú Thọ");
        type("#higherLevel", "UBND tỉnh Phú Thọ");
        type("#adminFullName", "Nguyễn Văn An");
        type("#adminUsername", "nguyenvanan");
        type("#password", "matkhau123");
        type("#passwordConfirm", "matkhau123");
        robot.type(KeyCode.ENTER);

        TextField shown = waitFor(robot, "#recoveryKey");
        RecoveryKey key = RecoveryKey.parse(shown.getText()).orElseThrow();
        assertThat(robot.lookup("#recoveryKeyContinue").queryButton().isDisabled()).isTrue();
        robot.clickOn("#recoveryKeyKept");
        assertThat(robot.lookup("#recoveryKeyContinue").queryButton().isDisabled()).isFalse();
        robot.clickOn("#recoveryKeyContinue");
        waitFor(robot, "#nav-catalogs");
        UiTestSupport.stop(app);

        assertThat(startup().state()).isEqualTo(Startup.State.LOGIN);
        app = UiTestSupport.start(startup());
        waitFor(robot, "#username");
        waitUntil(() -> robot.lookup("#officeName").queryAs(Label.class).getText().equals("UBND xã Tân Lập"));
        type("#username", "nguyenvanan");
        robot.clickOn("#password").write("matkhau124").type(KeyCode.ENTER);
        Label error = robot.lookup("#loginError").queryAs(Label.class);
        waitUntil(() -> error.getText().equals("Tên đăng nhập hoặc mật khẩu không đúng."));
        assertThat(robot.lookup("#nav-catalogs").tryQuery()).isEmpty();
        robot.clickOn("#password").write("matkhau123").type(KeyCode.ENTER);
        waitFor(robot, "#nav-catalogs");
        UiTestSupport.stop(app);
        app = null;
        // the key shown at set-up is this office's: it opens the data
        startup().recover(key, "nguyenvanan", "mat-khau-moi").services().close();
    }

    @Test
    void aForgottenPasswordIsReplacedWithTheRecoveryKeyFromTheLoginScreen() throws Exception {
        Startup.SignedIn setUp = startup().setUp(TestServices.setupRequest());
        String key = setUp.newRecoveryKey().orElseThrow().display();
        setUp.services().close();
        app = UiTestSupport.start(startup());
        waitFor(robot, "#username");
        robot.clickOn("#recover");
        waitFor(robot, "#recoveryKeyInput");
        type("#recoveryKeyInput", key.substring(0, 10));
        type("#recoveryUser", TestServices.ADMIN);
        type("#recoveryPassword", "mat-khau-moi");
        type("#recoveryPasswordConfirm", "mat-khau-moi");
        assertThat(robot.lookup(".button").<javafx.scene.Node>queryAll()).anyMatch(javafx.scene.Node::isDisabled);
        robot.clickOn("#recoveryKeyInput").write(key.substring(10).toLowerCase());
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#nav-catalogs");
        UiTestSupport.stop(app);
        app = null;
        startup().logIn(TestServices.ADMIN, "mat-khau-moi".toCharArray()).services().close();
        try {
            startup().logIn(TestServices.ADMIN, TestServices.ADMIN_PASSWORD.toCharArray()).services().close();
            throw new AssertionError("the old password still works");
        } catch (UserException expected) {
            assertThat(expected.messageKey()).isEqualTo("login.error.invalid");
        }
    }
}
