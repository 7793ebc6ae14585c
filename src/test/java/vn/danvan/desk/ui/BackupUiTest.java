package vn.danvan.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.desk.UiTestSupport.waitFor;
import static vn.danvan.desk.UiTestSupport.waitUntil;

import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import vn.danvan.desk.Startup;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.UiTestSupport;
import vn.danvan.desk.backup.AutomaticBackups;
import vn.danvan.desk.common.ProgressMonitor;
import vn.danvan.desk.security.Actor;
import vn.danvan.desk.settings.LocalPreferences;

/** Backups as an officer meets them: the Settings section, the backup on closing, the offer of a damaged start. */
@Tag("ui")
class BackupUiTest {

    @TempDir
    Path root;
    final FxRobot robot = new FxRobot();
    Application app;

    Startup startup(Path folder) {
        return TestServices.startup(folder, Clock.fixed(TestServices.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            UiTestSupport.stop(app);
        }
    }

    void logIn() {
        UiTestSupport.logIn(robot);
    }

    void replace(String query, String text) {
        TextField field = waitFor(robot, query);
        reveal(field);
        robot.interact(field::clear);
        robot.clickOn(query).write(text);
    }

    /** Scrolls the settings page so that {@code node} is near the top of the window. */
    void reveal(javafx.scene.Node node) {
        javafx.scene.control.ScrollPane page = robot.lookup("#settingsRoot").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            javafx.scene.Node content = page.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, (y - 40) / scrollable)));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSettingsSectionStoresRetentionAndTheSecondFolderAndClosingMakesTheDaysBackupInBoth() throws Exception {
        Path office = root.resolve("office");
        Path usb = Files.createDirectories(root.resolve("usb"));
        startup(office).setUp(TestServices.setupRequest()).services().close();
        app = UiTestSupport.start(startup(office));
        logIn();
        robot.clickOn((javafx.scene.Node) waitFor(robot, "#nav-settings"));
        Label last = waitFor(robot, "#lastBackup");
        waitUntil(() -> last.getText().equals("Chưa có bản sao lưu tự động nào."));
        Button backupNow = waitFor(robot, "#backupNow");
        assertThat(backupNow.isDisabled()).isFalse();
        assertThat(robot.lookup("#restore").queryButton().isDisabled()).isFalse();
        replace("#keepDaily", "5");
        replace("#keepMonthly", "3");
        replace("#secondFolder", usb.toString());
        reveal(robot.lookup("#saveSettings").query());
        robot.clickOn("#saveSettings");
        Label status = robot.lookup("#backupRoot #status").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("Đã lưu cài đặt sao lưu."));
        LocalPreferences saved = new LocalPreferences(office);
        assertThat(saved.get("backup.keepDaily")).contains("5");
        assertThat(saved.get("backup.keepMonthly")).contains("3");
        assertThat(saved.get("backup.secondFolder")).contains(usb.toAbsolutePath().toString());

        UiTestSupport.stop(app);
        app = null;
        try (var files = Files.list(office.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).matches("danvan-\\d{8}-\\d{6}\\.dvbak"));
        }
        try (var files = Files.list(usb)) {
            assertThat(files).hasSize(1);
        }
    }

    /** Whether H2, in this JVM, still holds the operating-system lock on the database file (FILE_LOCK=FS). */
    static boolean lockedByThisProgram(Path office) {
        try (FileChannel channel = FileChannel.open(office.resolve("danvan.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
            }
            return lock == null;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Asks the main window to close, as its title bar's close button does. */
    Stage closeMainWindow() {
        Stage main = (Stage) waitFor(robot, "#dashboardRoot").getScene().getWindow();
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        return main;
    }

    @Test
    void closingTheWindowShowsTheDaysBackupUnderWayAndClosesOnceItIsWritten() throws Exception {
        Path office = root.resolve("office");
        startup(office).setUp(TestServices.setupRequest()).services().close();
        app = UiTestSupport.start(startup(office));
        logIn();
        List<String> shown = new ArrayList<>();
        ListChangeListener<Window> watcher = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> shown.add(w.getScene().getRoot().getId()));
            }
        };
        robot.interact(() -> Window.getWindows().addListener(watcher));

        Stage main = closeMainWindow();

        waitUntil(() -> !main.isShowing());
        robot.interact(() -> Window.getWindows().removeListener(watcher));
        assertThat(shown).contains("closingBackupRoot");
        // the program's exit then closes the database (H2 lets go of the file's lock), without a second backup
        assertThat(lockedByThisProgram(office)).isTrue();
        UiTestSupport.stop(app);
        app = null;
        waitUntil(() -> !lockedByThisProgram(office));
        try (var files = Files.list(office.resolve(AutomaticBackups.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).matches("danvan-\\d{8}-\\d{6}\\.dvbak"));
        }
        assertThat(robot.lookup("#closingBackupRoot").tryQuery()).isEmpty();
    }

    @Test
    void aBackupThatFailsOnClosingIsExplainedAndTheWindowClosesWhenTheOfficerSaysSo() throws Exception {
        Path office = root.resolve("office");
        startup(office).setUp(TestServices.setupRequest()).services().close();
        // a file where the backups folder should be: the backup cannot be written
        Files.writeString(office.resolve(AutomaticBackups.FOLDER), "not a folder");
        app = UiTestSupport.start(startup(office));
        logIn();

        Stage main = closeMainWindow();

        Label failure = waitFor(robot, "#closingBackupFailure");
        waitUntil(failure::isVisible);
        assertThat(failure.getText()).startsWith("Không sao lưu tự động được: ");
        assertThat(robot.lookup("#closingBackupHeading").queryAs(Label.class).getText())
                .isEqualTo("Chưa sao lưu được bản sao lưu hôm nay");
        assertThat(robot.lookup("#closingBackupProgress").query().isVisible()).isFalse();
        Button close = robot.lookup("#closingBackupSkip").queryButton();
        assertThat(close.getText()).isEqualTo("Đóng chương trình");
        assertThat(main.isShowing()).isTrue();

        robot.clickOn(close);

        waitUntil(() -> !main.isShowing());
        assertThat(Files.readString(office.resolve(AutomaticBackups.FOLDER))).isEqualTo("not a folder");
    }

    @Test
    void aDamagedDatabaseOffersTheNewestBackupAtLoginAndRestoresItOnlyWhenAsked() throws Exception {
        Path office = root.resolve("office");
        try (var services = startup(office).setUp(TestServices.setupRequest()).services()) {
            services.villages().add("Thôn Đông", vn.danvan.desk.catalog.village.VillageKind.THON);
            services.automaticBackups().run(Actor.system(), ProgressMonitor.NONE);
        }
        Path file = office.resolve("danvan.mv.db");
        try (RandomAccessFile damage = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) (damage.length() - 8192)];
            new java.util.Random(3).nextBytes(noise);
            damage.seek(8192);
            damage.write(noise);
        }
        app = UiTestSupport.start(startup(office));
        logIn();
        Button offer = waitFor(robot, "#offer");
        waitUntil(offer::isVisible);
        assertThat(offer.getText()).isEqualTo("Khôi phục bản sao lưu gần nhất (ngày 24/11/2026 10:00)…");
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).contains("bị hỏng");
        assertThat(robot.lookup("#nav-settings").tryQuery()).isEmpty();

        // asked first: "cancel" changes nothing
        robot.clickOn((javafx.scene.Node) offer);
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isCancelButton()).queryButton());
        assertThat(offer.isVisible()).isTrue();
        try (var files = Files.list(office)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("before-restore-"));
        }

        robot.clickOn((javafx.scene.Node) offer);
        robot.clickOn((javafx.scene.Node) robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isDefaultButton()).queryButton());
        Label notice = robot.lookup("#loginError").queryAs(Label.class);
        waitUntil(() -> notice.getText().startsWith("Đã khôi phục bản sao lưu ngày 24/11/2026 10:00"));
        assertThat(offer.isVisible()).isFalse();
        robot.clickOn("#password").write(TestServices.ADMIN_PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#nav-settings");
    }
}
