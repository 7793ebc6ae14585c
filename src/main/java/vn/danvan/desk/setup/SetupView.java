package vn.danvan.desk.setup;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.office.OfficeProfileControls;

/** The first-start screen; binds {@link SetupViewModel}. */
public final class SetupView {

    private final SetupViewModel<?> model;

    @FXML private ResourceBundle resources;
    @FXML private TextField officeName;
    @FXML private ComboBox<OfficeLevel> level;
    @FXML private TextField province;
    @FXML private TextField communeCode;
    @FXML private TextField higherLevel;
    @FXML private TextField headName;
    @FXML private TextField headTitle;
    @FXML private TextField adminFullName;
    @FXML private TextField adminUsername;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordConfirm;
    @FXML private ComboBox<AppLanguage> language;
    @FXML private Label formError;
    @FXML private Button submit;

    public SetupView(SetupViewModel<?> model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        language.setItems(model.languages());
        language.setConverter(new LabelConverter<>(resources, AppLanguage::messageKey));

        adminFullName.textProperty().bindBidirectional(model.adminFullNameProperty());
        adminUsername.textProperty().bindBidirectional(model.adminUsernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        passwordConfirm.textProperty().bindBidirectional(model.passwordConfirmProperty());
        language.valueProperty().bindBidirectional(model.languageProperty());

        FormDecorations decorations = new FormDecorations(model.form());
        new OfficeProfileControls(officeName, level, province, communeCode, higherLevel, headName, headTitle)
                .bind(model.office(), decorations, resources);
        decorations.attach(adminFullName, SetupViewModel.ADMIN_FULL_NAME);
        decorations.attach(adminUsername, SetupViewModel.ADMIN_USERNAME);
        decorations.attach(password, SetupViewModel.PASSWORD);
        decorations.attach(passwordConfirm, SetupViewModel.PASSWORD_CONFIRM);

        formError.textProperty().bind(model.form().firstErrorProperty());
        submit.disableProperty().bind(model.form().validProperty().not().or(model.busyProperty()));
        Platform.runLater(officeName::requestFocus);
    }

    @FXML
    private void onSubmit() {
        model.submit();
    }
}
