package vn.danvan.desk.backup;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.danvan.desk.backup.ClosingBackupViewModel.State;
import vn.danvan.desk.common.i18n.Messages;

/**
 * The small window shown over the main one while the backup made on closing runs ({@link ClosingBackupViewModel}):
 * what is happening and that the computer must stay on, the progress, and "skip this time"; after a failure, why,
 * and "close the program". It shows itself when the backup starts and goes once the closing is done.
 */
public final class ClosingBackupDialog {

    private static final double WIDTH = 480;
    private static final double HEIGHT = 210;
    private static final double WAITING_SHOWN_AFTER_MILLIS = 400;

    private final ClosingBackupViewModel model;
    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final String stylesheet;
    private Stage stage;

    public ClosingBackupDialog(ClosingBackupViewModel model, Supplier<Messages> messages, Supplier<Window> owner,
                               String stylesheet) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        this.stylesheet = stylesheet;
        model.stateProperty().addListener((observable, was, now) -> {
            if (now == State.CHECKING) {
                // usually over at once; shown only when it waits for work under way, so the close is not ignored
                PauseTransition waiting = new PauseTransition(Duration.millis(WAITING_SHOWN_AFTER_MILLIS));
                waiting.setOnFinished(event -> {
                    if (model.stateProperty().get() == State.CHECKING) {
                        show();
                    }
                });
                waiting.play();
            } else if (now == State.BACKING_UP || now == State.FAILED) {
                show();
            } else if (now == State.DONE && stage != null) {
                stage.hide();
            }
        });
    }

    private void show() {
        if (stage == null) {
            stage = build(messages.get());
        }
        if (!stage.isShowing()) {
            stage.show();
            Window main = stage.getOwner();
            stage.setX(main.getX() + (main.getWidth() - stage.getWidth()) / 2);
            stage.setY(main.getY() + (main.getHeight() - stage.getHeight()) / 3);
        }
    }

    private Stage build(Messages text) {
        BooleanBinding checking = model.stateProperty().isEqualTo(State.CHECKING);
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(State.FAILED))
                .then(text.get("backup.closing.failedHeading")).otherwise(Bindings.when(checking)
                        .then(text.get("backup.closing.waitHeading")).otherwise(text.get("backup.closing.heading"))));
        heading.setId("closingBackupHeading");
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label explanation = new Label();
        explanation.textProperty().bind(Bindings.when(checking).then(text.get("backup.closing.waitExplanation"))
                .otherwise(text.get("backup.closing.explanation", model.folder())));
        explanation.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setId("closingBackupProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.when(checking).then(ProgressBar.INDETERMINATE_PROGRESS)
                .otherwise(model.progressProperty()));
        Label failure = new Label();
        failure.setId("closingBackupFailure");
        failure.setWrapText(true);
        failure.getStyleClass().add("form-error");
        failure.textProperty().bind(model.failureProperty());
        Button skip = new Button();
        skip.setId("closingBackupSkip");
        skip.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(State.FAILED))
                .then(text.get("backup.closing.close")).otherwise(text.get("backup.closing.skip")));
        skip.setOnAction(event -> model.skip());
        // during the backup: what it does; after a failure: why, in place of the progress
        progress.visibleProperty().bind(model.stateProperty().isNotEqualTo(State.FAILED));
        progress.managedProperty().bind(progress.visibleProperty());
        explanation.visibleProperty().bind(progress.visibleProperty());
        explanation.managedProperty().bind(progress.visibleProperty());
        failure.visibleProperty().bind(progress.visibleProperty().not());
        failure.managedProperty().bind(failure.visibleProperty());
        HBox buttons = new HBox(skip);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, heading, explanation, progress, failure, buttons);
        root.setId("closingBackupRoot");
        root.setPadding(new Insets(18));
        Stage window = new Stage();
        window.initOwner(owner.get());
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(text.get("backup.closing.title"));
        // the title bar's close button does what the window's button says (skip, or close after a failure)
        window.setOnCloseRequest(event -> {
            event.consume();
            model.skip();
        });
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(ClosingBackupDialog.class.getResource(stylesheet).toExternalForm());
        window.setScene(scene);
        return window;
    }
}
