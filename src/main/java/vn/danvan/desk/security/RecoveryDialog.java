package vn.danvan.desk.security;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.danvan.desk.security.keys.RecoveryKey;

/**
 * Asks for the office's recovery key, the officer whose password is forgotten and a new password; the key is
 * checked for its form as it is typed (letters and digits of the right length), the password for its length
 * and confirmation, and the button stays disabled until all three are right.
 */
final class RecoveryDialog {

    private final ResourceBundle resources;
    private final Window owner;

    RecoveryDialog(ResourceBundle resources, Window owner) {
        this.resources = resources;
        this.owner = owner;
    }

    Optional<LoginViewModel.RecoveryRequest> ask() {
        Dialog<LoginViewModel.RecoveryRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(resources.getString("recovery.ask.title"));
        dialog.setHeaderText(resources.getString("recovery.ask.header"));
        TextField key = new TextField();
        key.setId("recoveryKeyInput");
        key.setPromptText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX");
        key.setPrefColumnCount(36);
        TextField username = new TextField();
        username.setId("recoveryUser");
        PasswordField first = new PasswordField();
        first.setId("recoveryPassword");
        PasswordField second = new PasswordField();
        second.setId("recoveryPasswordConfirm");
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        BooleanBinding keyValid = Bindings.createBooleanBinding(
                () -> RecoveryKey.parse(key.getText()).isPresent(), key.textProperty());
        BooleanBinding passwordValid = Bindings.createBooleanBinding(
                () -> OfficerRules.password(first.getText()).isEmpty() && first.getText().equals(second.getText()),
                first.textProperty(), second.textProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!key.getText().isBlank() && !keyValid.get()) {
                return resources.getString("recovery.ask.badKey");
            }
            if (!first.getText().isEmpty() && OfficerRules.password(first.getText()).isPresent()) {
                return MessageFormat.format(resources.getString("validation.password.tooShort"),
                        OfficerRules.PASSWORD_MIN);
            }
            if (!second.getText().isEmpty() && !first.getText().equals(second.getText())) {
                return resources.getString("recovery.ask.mismatch");
            }
            return "";
        }, key.textProperty(), first.textProperty(), second.textProperty()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-form");
        grid.addRow(0, new Label(resources.getString("recovery.ask.key")), key);
        grid.addRow(1, new Label(resources.getString("officer.field.username")), username);
        grid.addRow(2, new Label(resources.getString("dialog.password.new")), first);
        grid.addRow(3, new Label(resources.getString("dialog.password.confirm")), second);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(resources.getString("recovery.ask.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(resources.getString("common.action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(
                keyValid.not().or(passwordValid.not()).or(username.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ok ? new LoginViewModel.RecoveryRequest(
                RecoveryKey.parse(key.getText()).orElseThrow(), username.getText().strip(), first.getText()) : null);
        key.requestFocus();
        return dialog.showAndWait();
    }
}
