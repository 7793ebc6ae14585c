package vn.danvan.desk.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.keys.RecoveryKey;

/**
 * Shows the office's new recovery key once, right after set-up (or after an old database was encrypted), and does
 * not let the officer go on before confirming it is kept: without it, data whose passwords are all forgotten is
 * lost for good. The key can be copied or saved to a file (for a USB stick), never stored by the app itself.
 */
public final class RecoveryKeyDialog {

    private final RecoveryKey key;
    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final TaskRunner runner;

    public RecoveryKeyDialog(RecoveryKey key, Supplier<Messages> messages, Supplier<Window> owner, TaskRunner runner) {
        this.key = key;
        this.messages = messages;
        this.owner = owner;
        this.runner = runner;
    }

    public void showAndWait() {
        Messages text = messages.get();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(text.get("recovery.show.title"));
        dialog.setHeaderText(text.get("recovery.show.header"));
        TextField keyField = new TextField(key.display());
        keyField.setId("recoveryKey");
        keyField.setEditable(false);
        keyField.getStyleClass().add("recovery-key");
        keyField.setPrefColumnCount(key.display().length());
        Label explanation = new Label(text.get("recovery.show.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(560);
        Label status = new Label();
        status.setId("recoveryKeyStatus");
        Hyperlink copy = new Hyperlink(text.get("recovery.show.copy"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(key.display());
            Clipboard.getSystemClipboard().setContent(content);
            status.setText(text.get("recovery.show.copied"));
        });
        Hyperlink save = new Hyperlink(text.get("recovery.show.save"));
        save.setOnAction(event -> saveToFile(text, status));
        CheckBox kept = new CheckBox(text.get("recovery.show.confirm"));
        kept.setId("recoveryKeyKept");
        VBox content = new VBox(12, explanation, keyField, new HBox(12, copy, save, status), kept);
        content.getStyleClass().add("dialog-form");
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType(text.get("recovery.show.continue"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(next);
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(kept.selectedProperty().not());
        dialog.getDialogPane().lookupButton(next).setId("recoveryKeyContinue");
        // closing the window (Esc, the title bar) counts only once the key is confirmed as kept
        dialog.setOnCloseRequest(event -> {
            if (!kept.isSelected()) {
                event.consume();
            }
        });
        dialog.showAndWait();
    }

    private void saveToFile(Messages text, Label status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("recovery.show.save"));
        chooser.setInitialFileName("khoa-khoi-phuc-so-dan-van.txt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text", "*.txt"));
        Path file = java.util.Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath)
                .orElse(null);
        if (file == null) {
            return;
        }
        String body = text.get("recovery.file.body", key.display(), LocalDate.now().toString());
        runner.run(() -> Files.writeString(file, body, StandardCharsets.UTF_8),
                written -> status.setText(text.get("recovery.show.saved", file.toAbsolutePath())),
                error -> status.setText(text.get("recovery.show.saveFailed", file.toAbsolutePath())));
    }
}
