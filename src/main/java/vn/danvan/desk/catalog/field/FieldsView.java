package vn.danvan.desk.catalog.field;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.danvan.desk.catalog.CatalogControls;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.TableSelection;

/** The petition fields tab; binds {@link FieldsViewModel}. */
public final class FieldsView {

    private final FieldsViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TableView<PetitionField> table;
    @FXML private TableColumn<PetitionField, Number> orderColumn;
    @FXML private TableColumn<PetitionField, String> nameColumn;
    @FXML private TableColumn<PetitionField, String> stateColumn;
    @FXML private TableColumn<PetitionField, Number> referencesColumn;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private Button save;
    @FXML private Button toggleActive;
    @FXML private Button moveUp;
    @FXML private Button moveDown;
    @FXML private Button delete;
    @FXML private Label status;

    public FieldsView(FieldsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setItems(model.fields());
        orderColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(table.getItems().indexOf(cell.getValue()) + 1));
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(resources.getString(
                cell.getValue().active() ? "catalog.state.active" : "catalog.state.inactive")));
        referencesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().references()));
        table.setPlaceholder(new Label(resources.getString("catalog.empty")));
        TableSelection.bind(table, model.selectedProperty());

        name.textProperty().bindBidirectional(model.nameProperty());
        new FormDecorations(model.form()).attach(name, FieldsViewModel.NAME);
        CatalogControls.bindFormTitle(formTitle, model.selectedProperty(), resources, "field.form.new", "field.form.edit");
        CatalogControls.bindActiveToggle(toggleActive, model.selectedProperty(), PetitionField::active, resources);
        save.disableProperty().bind(model.canSaveBinding().not());
        toggleActive.disableProperty().bind(model.hasSelectionBinding().not());
        moveUp.disableProperty().bind(model.hasSelectionBinding().not());
        moveDown.disableProperty().bind(model.hasSelectionBinding().not());
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
    private void onMoveUp() {
        model.moveUp();
    }

    @FXML
    private void onMoveDown() {
        model.moveDown();
    }

    @FXML
    private void onDelete() {
        model.delete();
    }
}
