package vn.danvan.desk;

import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.danvan.desk.backup.ClosingBackupDialog;
import vn.danvan.desk.backup.ClosingBackupViewModel;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * Closing the main window once an officer has signed in: the day's automatic backup is made first, on screen
 * ({@link ClosingBackupDialog}), and the window closes when it has ended. Before a sign-in (or after a restore) the
 * window closes at once.
 */
final class WindowClosing {

    private final Stage stage;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private ClosingBackupViewModel backup;

    WindowClosing(Stage stage, TaskRunner runner, Supplier<Messages> messages, Supplier<Actor> actor) {
        this.stage = stage;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        stage.setOnCloseRequest(this::closeRequested);
    }

    /** An officer signed in: closing makes the backup of these services. */
    void signedIn(AppServices services) {
        backup = new ClosingBackupViewModel(services.automaticBackups(), actor, runner, messages);
        new ClosingBackupDialog(backup, messages, () -> stage, AppWindow.STYLESHEET);
    }

    /** Nobody is signed in any more (a restore closed the services): the window closes at once. */
    void signedOut() {
        backup = null;
    }

    private void closeRequested(WindowEvent event) {
        if (backup != null && !backup.closeRequested(stage::close)) {
            event.consume();
        }
    }

    /** Whether the program's exit must make the day's backup itself: the closing did not take it in hand. */
    boolean exitMakesBackup() {
        return backup == null || !backup.started();
    }
}
