package vn.danvan.desk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.HeldTaskRunner;
import vn.danvan.desk.MutableClock;
import vn.danvan.desk.TestServices;
import vn.danvan.desk.backup.ClosingBackupViewModel.State;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.security.Actor;

/** The backup made on closing the window: over a real register and real backup files. */
class ClosingBackupViewModelTest {

    @TempDir
    Path root;

    final HeldTaskRunner runner = new HeldTaskRunner();
    final AtomicInteger closed = new AtomicInteger();

    ClosingBackupViewModel model(AppServices services) {
        AutomaticBackups automatic = new AutomaticBackups(services.backups(), services.backupSettings(),
                new MutableClock(TestServices.NOW), OfficeClock.ZONE);
        return new ClosingBackupViewModel(automatic, Actor::system, runner, () -> Messages.of(AppLanguage.VI));
    }

    @Test
    void theFirstCloseOfTheDayWritesTheBackupThenClosesTheWindow() {
        Path office = root.resolve("office");
        try (AppServices services = TestServices.openSetUp(office)) {
            ClosingBackupViewModel model = model(services);

            assertThat(model.closeRequested(closed::incrementAndGet)).isFalse();
            assertThat(model.stateProperty().get()).isEqualTo(State.CHECKING);
            // a second click on the close button while it runs changes nothing
            assertThat(model.closeRequested(closed::incrementAndGet)).isFalse();
            runner.runAll();

            assertThat(AutomaticBackups.list(office.resolve(AutomaticBackups.FOLDER))).hasSize(1);
            assertThat(model.progressProperty().get()).isEqualTo(1.0);
            assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
            assertThat(model.isDone()).isTrue();
            assertThat(closed).hasValue(1);
            // the window's own close then goes through
            assertThat(model.closeRequested(closed::incrementAndGet)).isTrue();
        }
    }

    @Test
    void whenTodaysBackupIsMadeTheWindowClosesAtOnceWithoutAnother() {
        Path office = root.resolve("office");
        try (AppServices services = TestServices.openSetUp(office)) {
            ClosingBackupViewModel model = model(services);
            model(services).closeRequested(() -> { });
            runner.runAll();
            assertThat(AutomaticBackups.list(office.resolve(AutomaticBackups.FOLDER))).hasSize(1);

            assertThat(model.closeRequested(closed::incrementAndGet)).isFalse();
            runner.runAll();

            assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
            assertThat(closed).hasValue(1);
            assertThat(AutomaticBackups.list(office.resolve(AutomaticBackups.FOLDER))).hasSize(1);
        }
    }

    @Test
    void skippingStopsTheBackupLeavesNoFileAndClosesTheWindow() throws Exception {
        Path office = root.resolve("office");
        try (AppServices services = TestServices.openSetUp(office)) {
            ClosingBackupViewModel model = model(services);
            model.closeRequested(closed::incrementAndGet);
            runner.held.remove(0).run();   // the check: a backup is due, and the backup itself is handed over
            assertThat(model.stateProperty().get()).isEqualTo(State.BACKING_UP);

            model.skip();
            runner.runAll();

            assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
            assertThat(model.failureProperty().get()).isEmpty();
            assertThat(closed).hasValue(1);
            Path folder = office.resolve(AutomaticBackups.FOLDER);
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    assertThat(files).isEmpty();
                }
            }
        }
    }

    @Test
    void skippingWhileWorkUnderWayIsAwaitedMakesNoBackupAndClosesOnceItHasEnded() {
        Path office = root.resolve("office");
        try (AppServices services = TestServices.openSetUp(office)) {
            ClosingBackupViewModel model = model(services);
            model.closeRequested(closed::incrementAndGet);
            assertThat(model.stateProperty().get()).isEqualTo(State.CHECKING);

            model.skip();
            assertThat(closed).as("the work under way ends first").hasValue(0);
            runner.runAll();

            assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
            assertThat(closed).hasValue(1);
            assertThat(office.resolve(AutomaticBackups.FOLDER)).doesNotExist();
        }
    }

    @Test
    void aFailedBackupIsExplainedAndTheWindowClosesWhenTheOfficerSaysSo() throws Exception {
        Path office = root.resolve("office");
        try (AppServices services = TestServices.openSetUp(office)) {
            // a file where the backups folder should be: nothing can be written there
            Files.writeString(office.resolve(AutomaticBackups.FOLDER), "not a folder");
            ClosingBackupViewModel model = model(services);
            model.closeRequested(closed::incrementAndGet);
            runner.runAll();

            assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
            assertThat(model.failureProperty().get()).startsWith("Không sao lưu tự động được: ")
                    .endsWith("lần đóng sau chương trình sẽ thử lại.");
            assertThat(closed).hasValue(0);

            model.skip();

            assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
            assertThat(closed).hasValue(1);
        }
    }
}
