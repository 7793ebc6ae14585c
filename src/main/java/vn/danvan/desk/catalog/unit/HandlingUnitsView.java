package vn.danvan.desk.catalog.unit;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.danvan.desk.catalog.CatalogControls;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.TableSelection;

/** The handling units tab; binds {@link HandlingUnitsViewModel}. */
public final class HandlingUnitsView {

    private final HandlingUnitsViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<HandlingUnit> table;
    @FXML private TableColumn<HandlingUnit, String> nameColumn;
    @FXML private TableColumn<HandlingUnit, String> kindColumn;
    @FXML private TableColumn<HandlingUnit, String> stateColumn;
    @FXML private TableColumn<HandlingUnit, Number> referencesColumn;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private ComboBox<HandlingUnitKind> kind;
    @FXML private TextField contact;
    @FXML private Button save;
    @FXML private Button toggleActive;
    @FXML private Button delete;
    @FXML private Label status;

    public HandlingUnitsView(HandlingUnitsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        LabelConverter<HandlingUnitKind> kindLabels = new LabelConverter<>(resources, HandlingUnitKind::messageKey);
        table.setItems(model.units());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(kindLabels.toString(cell.getValue().kind())));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(resources.getString(
                cell.getValue().active() ? "catalog.state.active" : "catalog.state.inactive")));
        referencesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().references()));
        table.setPlaceholder(new Label(resources.getString("unit.empty")));
        TableSelection.bind(table, model.selectedProperty());

        name.textProperty().bindBidirectional(model.nameProperty());
        kind.setItems(model.kinds());
        kind.setConverter(kindLabels);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        contact.textProperty().bindBidirectional(model.contactProperty());
        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(name, HandlingUnitsViewModel.NAME);
        decorations.attach(contact, HandlingUnitsViewModel.CONTACT);

        CatalogControls.bindFormTitle(formTitle, model.selectedProperty(), resources, "unit.form.new", "unit.form.edit");
        CatalogControls.bindActiveToggle(toggleActive, model.selectedProperty(), HandlingUnit::active, resources);
        save.disableProperty().bind(model.canSaveBinding().not());
        toggleActive.disableProperty().bind(model.hasSelectionBinding().not());
        delete.disableProperty().bind(model.canDeleteBinding().not());
        status.textProperty().bind(model.statusProperty());
        model.load();
    }

    @FXML
    private void onNew() {
        model.startNew();
        name.requestFocus();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onToggleActive() {
        model.toggleActive();
    }

    @FXML
    private void onDelete() {
        model.delete();
    }
}
