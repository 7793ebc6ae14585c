package vn.danvan.desk.handover;

import java.io.File;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.danvan.desk.common.ui.VietnameseFormats;

/** The hand-over package section of Settings; binds {@link PackageViewModel}. */
public final class PackageView {

    static final String EXTENSION = ".dvpkg";

    private final PackageViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Label packageAdminOnly;
    @FXML private VBox packageForms;
    @FXML private DatePicker packageFrom;
    @FXML private DatePicker packageTo;
    @FXML private PasswordField packagePassphrase;
    @FXML private PasswordField packagePassphraseAgain;
    @FXML private Label packageStrength;
    @FXML private Button packageExport;
    @FXML private Button packageOpen;
    @FXML private VBox packagePreviewBox;
    @FXML private Label packagePreview;
    @FXML private PasswordField packageImportPassphrase;
    @FXML private Button packageImport;
    @FXML private Button packageDiscard;
    @FXML private ProgressBar packageProgress;
    @FXML private Button packageCancel;
    @FXML private Label packageStatus;

    public PackageView(PackageViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        boolean locked = !model.editable();
        packageAdminOnly.setVisible(locked);
        packageAdminOnly.setManaged(locked);
        packageForms.setDisable(locked);
        for (DatePicker picker : new DatePicker[] {packageFrom, packageTo}) {
            picker.setConverter(VietnameseFormats.dateConverter());
        }
        packageFrom.valueProperty().bindBidirectional(model.fromProperty());
        packageTo.valueProperty().bindBidirectional(model.toProperty());
        packagePassphrase.textProperty().bindBidirectional(model.passphraseProperty());
        packagePassphraseAgain.textProperty().bindBidirectional(model.passphraseAgainProperty());
        packageImportPassphrase.textProperty().bindBidirectional(model.importPassphraseProperty());
        packageStrength.textProperty().bind(model.strengthProperty());
        packageExport.disableProperty().bind(model.busyProperty().or(model.exportReadyProperty().not()));
        packageOpen.disableProperty().bind(model.busyProperty());
        packagePreviewBox.visibleProperty().bind(model.previewShownProperty());
        packagePreviewBox.managedProperty().bind(packagePreviewBox.visibleProperty());
        packagePreview.textProperty().bind(model.previewProperty());
        packageImport.disableProperty().bind(model.busyProperty().or(model.importPassphraseProperty().isEmpty()));
        packageCancel.visibleProperty().bind(model.busyProperty());
        packageCancel.managedProperty().bind(packageCancel.visibleProperty());
        packageProgress.visibleProperty().bind(model.busyProperty());
        packageProgress.managedProperty().bind(packageProgress.visibleProperty());
        packageProgress.progressProperty().bind(model.progressProperty());
        packageStatus.textProperty().bind(model.statusProperty());
    }

    @FXML
    private void onExport() {
        FileChooser chooser = chooser("package.export.title");
        chooser.setInitialFileName("goi-" + model.fromProperty().get() + "-" + model.toProperty().get() + EXTENSION);
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    @FXML
    private void onOpen() {
        File file = chooser("package.import.title").showOpenDialog(window());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    @FXML
    private void onImport() {
        model.confirmImport();
    }

    @FXML
    private void onDiscard() {
        model.discardPreview();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("package.fileType"),
                "*" + EXTENSION));
        return chooser;
    }

    private Window window() {
        return packageOpen.getScene().getWindow();
    }
}
