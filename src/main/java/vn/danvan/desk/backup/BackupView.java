package vn.danvan.desk.backup;

import java.io.File;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The backup section of Settings; binds {@link BackupViewModel}. */
public final class BackupView {

    private final BackupViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Label adminOnly;
    @FXML private Label lastBackup;
    @FXML private Label warning;
    @FXML private GridPane settingsGrid;
    @FXML private TextField keepDaily;
    @FXML private TextField keepMonthly;
    @FXML private TextField secondFolder;
    @FXML private Button chooseSecondFolder;
    @FXML private Button saveSettings;
    @FXML private Button backupNow;
    @FXML private Button restore;
    @FXML private Button cancel;
    @FXML private ProgressBar progress;
    @FXML private Label status;

    public BackupView(BackupViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        boolean locked = !model.editable();
        adminOnly.setVisible(locked);
        adminOnly.setManaged(locked);
        settingsGrid.setDisable(locked);
        keepDaily.textProperty().bindBidirectional(model.keepDailyProperty());
        keepMonthly.textProperty().bindBidirectional(model.keepMonthlyProperty());
        secondFolder.textProperty().bindBidirectional(model.secondFolderProperty());
        lastBackup.textProperty().bind(model.lastBackupProperty());
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        var lockedProperty = new javafx.beans.property.SimpleBooleanProperty(locked);
        saveSettings.disableProperty().bind(model.busyProperty().or(lockedProperty));
        backupNow.disableProperty().bind(model.busyProperty().or(lockedProperty));
        restore.disableProperty().bind(backupNow.disableProperty());
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        model.load();
    }

    @FXML
    private void onChooseSecondFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(resources.getString("backup.secondFolder.chooseTitle"));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.secondFolderProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void onSaveSettings() {
        model.saveSettings();
    }

    @FXML
    private void onBackupNow() {
        FileChooser chooser = chooser("backup.now.title");
        chooser.setInitialFileName("danvan-" + java.time.LocalDate.now() + BackupService.EXTENSION);
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            model.backupTo(chosen.toPath());
        }
    }

    @FXML
    private void onRestore() {
        File chosen = chooser("backup.restore.title").showOpenDialog(window());
        if (chosen != null) {
            model.check(chosen.toPath(), this::confirm);
        }
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    private void confirm(BackupViewModel.Checked checked) {
        ButtonType go = new ButtonType(resources.getString("backup.restore.confirmButton"),
                ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, checked.confirmation(), go, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setTitle(resources.getString("backup.restore.confirmTitle"));
        alert.setHeaderText(null);
        // the safe answer is the default one
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        if (alert.showAndWait().filter(go::equals).isPresent()) {
            model.restore(checked);
        } else {
            model.discard(checked);
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("backup.fileType"),
                "*" + BackupService.EXTENSION));
        return chooser;
    }

    private Window window() {
        return backupNow.getScene().getWindow();
    }
}
