package vn.danvan.desk.privacy;

import java.io.File;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The personal data section of Settings; binds {@link PersonalDataViewModel}. */
public final class PersonalDataView {

    private final PersonalDataViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Label privacyAdminOnly;
    @FXML private VBox privacyTools;
    @FXML private TextField privacyReference;
    @FXML private Button privacyFind;
    @FXML private Label privacyFound;
    @FXML private Button privacyExport;
    @FXML private Button privacyAnonymise;
    @FXML private VBox privacyConfirmBox;
    @FXML private Label privacyConfirmHint;
    @FXML private TextField privacyConfirmation;
    @FXML private Button privacyConfirm;
    @FXML private Label privacyStatus;
    @FXML private TextField retentionYears;
    @FXML private Label retentionStatus;

    public PersonalDataView(PersonalDataViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        show(privacyAdminOnly, !model.admin());
        show(privacyTools, model.admin());
        privacyReference.textProperty().bindBidirectional(model.referenceProperty());
        privacyFound.textProperty().bind(model.foundProperty());
        privacyStatus.textProperty().bind(model.statusProperty());
        var busy = model.busyProperty();
        privacyFind.disableProperty().bind(busy.or(model.referenceProperty().isEmpty()));
        var noSubject = model.subjectProperty().isNull();
        privacyExport.disableProperty().bind(busy.or(noSubject));
        privacyAnonymise.disableProperty().bind(busy.or(noSubject).or(model.confirmingProperty()).or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> model.subjectProperty().get() != null
                        && model.subjectProperty().get().anonymised(), model.subjectProperty())));
        privacyConfirmBox.visibleProperty().bind(model.confirmingProperty());
        privacyConfirmBox.managedProperty().bind(model.confirmingProperty());
        privacyConfirmHint.textProperty().bind(model.confirmationHintProperty());
        privacyConfirmation.textProperty().bindBidirectional(model.confirmationProperty());
        privacyConfirm.disableProperty().bind(busy.or(model.confirmed().not()));
        retentionYears.textProperty().bindBidirectional(model.retentionYearsProperty());
        retentionStatus.textProperty().bind(model.retentionStatusProperty());
        model.loadRetention();
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void onFind() {
        if (!privacyFind.isDisabled()) {
            model.find();
        }
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("privacy.export.title"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("privacy.fileType"),
                "*.zip"));
        File chosen = chooser.showSaveDialog(privacyExport.getScene().getWindow());
        if (chosen != null) {
            model.export(chosen.toPath());
        }
    }

    @FXML
    private void onAskToAnonymise() {
        model.askToAnonymise();
        privacyConfirmation.requestFocus();
    }

    @FXML
    private void onAnonymise() {
        model.anonymise();
    }

    @FXML
    private void onCancel() {
        model.cancelAnonymise();
    }

    @FXML
    private void onSaveRetention() {
        model.saveRetention();
    }
}
