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
    @FXML private Button offer;

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
        javafx.animation.PauseTransition longWait = new javafx.animation.PauseTransition(
                javafx.util.Duration.seconds(LoginViewModel.LONG_WAIT_SECONDS));
        longWait.setOnFinished(event -> model.stillBusy());
        model.busyProperty().addListener((observable, was, busy) -> {
            loginError.getStyleClass().remove("form-error");
            if (busy) {
                longWait.playFromStart();
            } else {
                longWait.stop();
                loginError.getStyleClass().add("form-error");
            }
        });
        login.disableProperty().bind(model.canLoginBinding().not().or(model.busyProperty()));
        offer.visibleProperty().bind(model.offerProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        offer.disableProperty().bind(model.busyProperty());
        // a binding, not a listener: whoever reads the button (a test off the FX thread too) sees its text together
        // with its visibility, both worked out from the same offer
        offer.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.offerProperty().get() == null ? "" : model.offerProperty().get().label(),
                model.offerProperty()));
        Platform.runLater(username::requestFocus);
    }

    @FXML
    private void onLogin() {
        model.login();
    }

    /** A damaged database: the offer to restore the newest backup, asked once more before anything is replaced. */
    @FXML
    private void onOffer() {
        LoginViewModel.Offer shown = model.offerProperty().get();
        if (shown == null) {
            return;
        }
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, shown.confirmation(),
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        confirm.initOwner(login.getScene().getWindow());
        confirm.setHeaderText(null);
        confirm.setTitle(shown.label());
        if (confirm.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isPresent()) {
            model.acceptOffer();
        }
    }

    @FXML
    private void onRecover() {
        new RecoveryDialog(resources, login.getScene().getWindow()).ask().ifPresent(model::recover);
    }
}
