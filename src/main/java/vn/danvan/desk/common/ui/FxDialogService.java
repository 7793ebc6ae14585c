package vn.danvan.desk.common.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.Messages;

/** JavaFX dialogs owned by the main window; messages in the current language, stack traces only in the log. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private static final int MIN_PASSWORD = 8;

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Messages> messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showInfo(String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, "dialog.info.title", message);
        alert.showAndWait();
    }

    @Override
    public void showError(String message, Throwable error) {
        if (error != null && !(error instanceof UserException)) {
            LOG.error("{}", message, error);
        }
        Alert alert = alert(Alert.AlertType.ERROR, "dialog.error.title", message);
        alert.showAndWait();
    }

    /** The default handler of background failures: a refusal shows its own text, a disk that cannot be written says so, anything else a general one. */
    public void showFailure(Throwable error) {
        showError(Failures.describe(error, messages.get()), error instanceof UserException ? null : error);
    }

    @Override
    public boolean confirm(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "dialog.confirm.title", message);
        ButtonType yes = new ButtonType(messages.get().get("common.action.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get().get("common.action.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askNewPassword(String message) {
        Messages text = messages.get();
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(text.get("dialog.password.title"));
        dialog.setHeaderText(message);
        PasswordField first = new PasswordField();
        first.setId("newPassword");
        PasswordField second = new PasswordField();
        second.setId("newPasswordConfirm");
        Label hint = new Label(text.get("validation.password.tooShort", MIN_PASSWORD));
        hint.getStyleClass().add("form-hint");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-form");
        grid.addRow(0, new Label(text.get("dialog.password.new")), first);
        grid.addRow(1, new Label(text.get("dialog.password.confirm")), second);
        grid.add(hint, 1, 2);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(text.get("common.action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(
                first.textProperty().isNotEqualTo(second.textProperty())
                        .or(first.textProperty().length().lessThan(MIN_PASSWORD)));
        dialog.setResultConverter(button -> button == ok ? first.getText() : null);
        first.requestFocus();
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askText(String message) {
        Messages text = messages.get();
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(text.get("dialog.text.title"));
        dialog.setHeaderText(message);
        TextArea area = new TextArea();
        area.setId("dialogText");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        dialog.getDialogPane().setContent(area);
        ButtonType ok = new ButtonType(text.get("common.action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> area.getText().isBlank(),
                        area.textProperty()));
        dialog.setResultConverter(button -> button == ok ? area.getText().strip() : null);
        javafx.application.Platform.runLater(area::requestFocus);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String titleKey, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(messages.get().get(titleKey));
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getDialogPane().setId("alert-" + type.name().toLowerCase(java.util.Locale.ROOT));
        return alert;
    }
}
