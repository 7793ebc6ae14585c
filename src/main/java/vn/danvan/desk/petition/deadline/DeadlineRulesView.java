package vn.danvan.desk.petition.deadline;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.TableSelection;

/** The deadline rules section of Settings; binds {@link DeadlineRulesViewModel}. */
public final class DeadlineRulesView {

    private final DeadlineRulesViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<DeadlineRule> table;
    @FXML private TableColumn<DeadlineRule, String> kindColumn;
    @FXML private TableColumn<DeadlineRule, String> stepColumn;
    @FXML private TableColumn<DeadlineRule, String> variantColumn;
    @FXML private TableColumn<DeadlineRule, String> limitColumn;
    @FXML private TableColumn<DeadlineRule, String> basisColumn;
    @FXML private TextField limit;
    @FXML private ComboBox<DayType> dayType;
    @FXML private TextField basis;
    @FXML private Button save;
    @FXML private Label adminOnly;
    @FXML private Label status;

    public DeadlineRulesView(DeadlineRulesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.rules());
        kindColumn.setCellValueFactory(c -> text(c.getValue().kind().messageKey()));
        stepColumn.setCellValueFactory(c -> text(c.getValue().step().messageKey()));
        variantColumn.setCellValueFactory(c -> text(c.getValue().variant().messageKey()));
        limitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().limitDays() + " "
                + resources.getString(c.getValue().dayType().messageKey()).toLowerCase()));
        basisColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().legalBasis()));
        TableSelection.bind(table, model.selectedProperty());
        limit.textProperty().bindBidirectional(model.limitProperty());
        dayType.getItems().setAll(DayType.values());
        dayType.setConverter(new LabelConverter<>(resources, DayType::messageKey));
        dayType.valueProperty().bindBidirectional(model.dayTypeProperty());
        basis.textProperty().bindBidirectional(model.basisProperty());
        var noRule = model.selectedProperty().isNull();
        var locked = model.editableProperty().not();
        for (var control : new javafx.scene.control.Control[] {limit, dayType, basis}) {
            control.disableProperty().bind(noRule.or(locked));
        }
        save.disableProperty().bind(noRule.or(locked).or(model.form().validProperty().not()));
        adminOnly.visibleProperty().bind(locked);
        adminOnly.managedProperty().bind(locked);
        status.textProperty().bind(model.statusProperty());
        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(limit, DeadlineRulesViewModel.LIMIT);
        decorations.attach(basis, DeadlineRulesViewModel.BASIS);
        model.load();
    }

    private ReadOnlyStringWrapper text(String key) {
        return new ReadOnlyStringWrapper(resources.getString(key));
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
