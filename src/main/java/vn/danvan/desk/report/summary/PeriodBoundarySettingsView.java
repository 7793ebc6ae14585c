package vn.danvan.desk.report.summary;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import vn.danvan.desk.common.ui.LabelConverter;

/** The report-period section of Settings; binds {@link PeriodBoundarySettingsViewModel}. */
public final class PeriodBoundarySettingsView {

    private final PeriodBoundarySettingsViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<PeriodBoundary> boundary;
    @FXML private Button saveBoundary;
    @FXML private Label boundaryAdminOnly;
    @FXML private Label boundaryStatus;

    public PeriodBoundarySettingsView(PeriodBoundarySettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        boundary.getItems().setAll(PeriodBoundary.values());
        boundary.setConverter(new LabelConverter<>(resources, PeriodBoundary::messageKey));
        boundary.valueProperty().bindBidirectional(model.boundaryProperty());
        var locked = model.editableProperty().not();
        boundary.disableProperty().bind(locked);
        saveBoundary.disableProperty().bind(locked.or(model.boundaryProperty().isNull()));
        boundaryAdminOnly.visibleProperty().bind(locked);
        boundaryAdminOnly.managedProperty().bind(locked);
        boundaryStatus.textProperty().bind(model.statusProperty());
        model.load();
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
