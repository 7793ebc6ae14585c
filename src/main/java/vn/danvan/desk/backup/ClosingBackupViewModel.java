package vn.danvan.desk.backup;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * Closing the window while the day's automatic backup is still to be made: the backup runs in the background, its
 * progress on screen, and the window closes once it has ended. It used to run after the window had gone, with
 * nothing on screen for as long as it took (about 12 s on 100,000 petitions, a minute on a million): an officer
 * could take the program for closed and open it again (refused, the data folder still in use) or switch the laptop
 * off. The officer may skip it this time; a failure is shown, then the window closes (the data is untouched).
 */
public final class ClosingBackupViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingBackupViewModel.class);

    /** Where the closing stands. */
    public enum State {
        /** No close asked for yet. */
        OPEN,
        /**
         * Finding whether a backup was made today (a look at the backups folder), once the work under way on the
         * database thread (an export, say) has ended.
         */
        CHECKING,
        /** Writing the backup; the window shows the progress. */
        BACKING_UP,
        /** The backup failed; the window says why until the officer closes it. */
        FAILED,
        /** The backup was made, skipped or not needed: the window may close. */
        DONE
    }

    private final AutomaticBackups backups;
    private final Supplier<Actor> actor;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OPEN);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private Runnable cancel = () -> { };
    private Runnable close = () -> { };
    private boolean skipped;

    public ClosingBackupViewModel(AutomaticBackups backups, Supplier<Actor> actor, TaskRunner runner,
                                  Supplier<Messages> messages) {
        this.backups = backups;
        this.actor = actor;
        this.runner = runner;
        this.messages = messages;
    }

    /**
     * The officer asked to close the window: true when it may close now (the closing is done); otherwise the closing
     * starts (or goes on) in the background and {@code close} is called once it is done.
     */
    public boolean closeRequested(Runnable close) {
        if (state.get() == State.DONE) {
            return true;
        }
        this.close = close;
        if (state.get() == State.OPEN) {
            state.set(State.CHECKING);
            runner.run(backups::isDue, due -> {
                if (due && !skipped) {
                    backUp();
                } else {
                    finish();
                }
            }, error -> {
                LOG.warn("Cannot tell whether today's automatic backup was made; closing without one", error);
                finish();
            });
        }
        return false;
    }

    private void backUp() {
        state.set(State.BACKING_UP);
        progress.set(0);
        cancel = runner.runWithProgress(monitor -> backups.run(actor.get(), monitor), progress::set, outcome -> {
            LOG.info("Automatic backup on closing the window: {}", outcome);
            finish();
        }, error -> {
            if (error instanceof CancellationException) {
                LOG.info("The automatic backup on closing the window was skipped by the officer");
                finish();
                return;
            }
            LOG.error("The automatic backup on closing the window failed", error);
            failure.set(messages.get().get("backup.closing.failed", Failures.describe(error, messages.get())));
            state.set(State.FAILED);
        });
    }

    /**
     * "Skip this time" while waiting for work under way (no backup then) or while the backup runs (it stops, its
     * part-written file is removed); "Close" after a failure.
     */
    public void skip() {
        if (state.get() == State.CHECKING) {
            skipped = true;
        } else if (state.get() == State.BACKING_UP) {
            cancel.run();
        } else if (state.get() == State.FAILED) {
            finish();
        }
    }

    private void finish() {
        state.set(State.DONE);
        close.run();
    }

    /**
     * Whether the closing has taken today's backup in hand (even if the program stops before it ends): the exit
     * must not start a second one.
     */
    public boolean started() {
        return state.get() != State.OPEN;
    }

    /** Whether the closing has dealt with today's backup (made, skipped, failed or not needed). */
    public boolean isDone() {
        return state.get() == State.DONE;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** The backup's progress, 0 to 1. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Where the automatic backups are kept, for the window's explanation. */
    public String folder() {
        return backups.folder().toString();
    }
}
