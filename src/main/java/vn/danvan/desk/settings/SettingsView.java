package vn.danvan.desk.settings;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.office.OfficeProfileControls;

/** The settings page; binds {@link SettingsViewModel}. */
public final class SettingsView {

    private final SettingsViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<AppLanguage> language;
    @FXML private Button applyLanguage;
    @FXML private TextField dataFolder;
    @FXML private TextField databaseFile;
    @FXML private Label versions;
    @FXML private GridPane profileGrid;
    @FXML private TextField officeName;
    @FXML private ComboBox<OfficeLevel> level;
    @FXML private TextField province;
    @FXML private TextField communeCode;
    @FXML private TextField higherLevel;
    @FXML private TextField headName;
    @FXML private TextField headTitle;
    @FXML private Label profileHint;
    @FXML private Button saveProfile;
    @FXML private Label status;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        language.setItems(model.languages());
        language.setConverter(new LabelConverter<>(resources, AppLanguage::messageKey));
        language.valueProperty().bindBidirectional(model.languageProperty());
        applyLanguage.disableProperty().bind(model.busyProperty());
        dataFolder.setText(model.dataFolder());
        databaseFile.setText(model.databaseFile());
        versions.setText(model.versions());

        new OfficeProfileControls(officeName, level, province, communeCode, higherLevel, headName, headTitle)
                .bind(model.office(), new FormDecorations(model.form()), resources);

        profileGrid.setDisable(!model.profileEditable());
        profileHint.setVisible(!model.profileEditable());
        profileHint.setManaged(!model.profileEditable());
        saveProfile.disableProperty().bind(model.canSaveProfileBinding().not());
        status.textProperty().bind(model.statusProperty());
        model.load();
    }

    @FXML
    private void onApplyLanguage() {
        model.applyLanguage();
    }

    @FXML
    private void onSaveProfile() {
        model.saveProfile();
    }
}
