package vn.danvan.desk.security;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The login screen; binds {@link LoginViewModel}. */
public final class LoginView {

    private final LoginViewModel<?> model;

    @FXML private ResourceBundle resources;
    @FXML private Label officeName;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label loginError;
    @FXML private Button login;

    public LoginView(LoginViewModel<?> model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        officeName.textProperty().bind(model.officeNameProperty());
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        loginError.textProperty().bind(model.errorProperty());
        // while the password is checked the line says so in the normal colour; a refusal shows in red
        model.busyProperty().addListener((observable, was, busy) -> {
            loginError.getStyleClass().remove("form-error");
            if (!busy) {
                loginError.getStyleClass().add("form-error");
            }
        });
        login.disableProperty().bind(model.canLoginBinding().not().or(model.busyProperty()));
        Platform.runLater(username::requestFocus);
    }

    @FXML
    private void onLogin() {
        model.login();
    }

    @FXML
    private void onRecover() {
        new RecoveryDialog(resources, login.getScene().getWindow()).ask().ifPresent(model::recover);
    }
}
