package vn.danvan.desk.dialogue;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import vn.danvan.desk.common.ui.FormDecorations;

/** The meeting-minimums section of Settings; binds {@link ObligationSettingsViewModel}. */
public final class ObligationSettingsView {

    private final ObligationSettingsViewModel model;

    @FXML private TextField conferences;
    @FXML private TextField receptionDays;
    @FXML private Button save;
    @FXML private Label adminOnly;
    @FXML private Label status;

    public ObligationSettingsView(ObligationSettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        conferences.textProperty().bindBidirectional(model.conferencesProperty());
        receptionDays.textProperty().bindBidirectional(model.receptionDaysProperty());
        var locked = model.editableProperty().not();
        conferences.disableProperty().bind(locked);
        receptionDays.disableProperty().bind(locked);
        save.disableProperty().bind(locked.or(model.form().validProperty().not()));
        adminOnly.visibleProperty().bind(locked);
        adminOnly.managedProperty().bind(locked);
        status.textProperty().bind(model.statusProperty());
        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(conferences, ObligationSettingsViewModel.CONFERENCES);
        decorations.attach(receptionDays, ObligationSettingsViewModel.RECEPTION_DAYS);
        model.load();
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
