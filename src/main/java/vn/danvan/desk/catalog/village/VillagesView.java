package vn.danvan.desk.catalog.village;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.danvan.desk.catalog.CatalogControls;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.common.ui.TableSelection;

/** The villages tab; binds {@link VillagesViewModel}. */
public final class VillagesView {

    private final VillagesViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private TextField filter;
    @FXML private TableView<Village> table;
    @FXML private TableColumn<Village, String> nameColumn;
    @FXML private TableColumn<Village, String> kindColumn;
    @FXML private TableColumn<Village, String> stateColumn;
    @FXML private TableColumn<Village, Number> referencesColumn;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private ComboBox<VillageKind> kind;
    @FXML private Label state;
    @FXML private Button save;
    @FXML private Button toggleActive;
    @FXML private ComboBox<Village> mergeTarget;
    @FXML private Button merge;
    @FXML private Label status;

    public VillagesView(VillagesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        LabelConverter<VillageKind> kindLabels = new LabelConverter<>(resources, VillageKind::messageKey);
        table.setItems(model.shownVillages());
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(kindLabels.toString(cell.getValue().kind())));
        stateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(stateLabel(cell.getValue())));
        referencesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().references()));
        table.setPlaceholder(new Label(resources.getString("catalog.empty")));
        TableSelection.bind(table, model.selectedProperty());

        filter.textProperty().bindBidirectional(model.filterProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        kind.setItems(model.kinds());
        kind.setConverter(kindLabels);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        mergeTarget.setItems(model.mergeTargets());
        mergeTarget.setConverter(new StringConverter<>() {
            @Override
            public String toString(Village village) {
                return village == null ? "" : village.name();
            }

            @Override
            public Village fromString(String text) {
                return null;
            }
        });
        mergeTarget.valueProperty().bindBidirectional(model.mergeTargetProperty());

        FormDecorations decorations = new FormDecorations(model.form());
        decorations.attach(name, VillagesViewModel.NAME);

        CatalogControls.bindFormTitle(formTitle, model.selectedProperty(), resources, "village.form.new", "village.form.edit");
        state.textProperty().bind(Bindings.createStringBinding(
                () -> model.selectedState().map(resources::getString).orElse(""), model.selectedProperty()));
        CatalogControls.bindActiveToggle(toggleActive, model.selectedProperty(), Village::active, resources);
        save.disableProperty().bind(model.canSaveBinding().not());
        toggleActive.disableProperty().bind(model.canToggleBinding().not());
        merge.disableProperty().bind(model.canMergeBinding().not());
        mergeTarget.disableProperty().bind(model.canToggleBinding().not());
        status.textProperty().bind(model.statusProperty());
        model.load();
    }

    private String stateLabel(Village village) {
        return resources.getString(village.merged() ? "village.state.merged"
                : village.active() ? "village.state.active" : "village.state.inactive");
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
    private void onMerge() {
        model.merge();
    }
}
