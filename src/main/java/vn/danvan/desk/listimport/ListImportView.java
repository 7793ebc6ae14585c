package vn.danvan.desk.listimport;

import java.io.File;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.danvan.desk.listimport.ListImportViewModel.ProblemLine;
import vn.danvan.desk.listimport.ListImportViewModel.Stage;

/** Nhập danh sách: binds the file box, the problem table, the summary and the import's progress to the model. */
public final class ListImportView {

    private final ListImportViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private Label fileLabel;
    @FXML private TextField path;
    @FXML private Button choose;
    @FXML private Button check;
    @FXML private Button template;
    @FXML private Label summary;
    @FXML private TableView<ProblemLine> problems;
    @FXML private TableColumn<ProblemLine, Integer> rowColumn;
    @FXML private TableColumn<ProblemLine, String> columnColumn;
    @FXML private TableColumn<ProblemLine, String> reasonColumn;
    @FXML private VBox ready;
    @FXML private Label newEntries;
    @FXML private CheckBox createEntries;
    @FXML private CheckBox update;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Button cancel;
    @FXML private Button importButton;
    @FXML private Button close;

    public ListImportView(ListImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fileLabel.setLabelFor(path);
        path.textProperty().bindBidirectional(model.pathProperty());
        var stage = model.stageProperty();
        var busy = stage.isEqualTo(Stage.CHECKING).or(stage.isEqualTo(Stage.IMPORTING));
        path.disableProperty().bind(busy);
        choose.disableProperty().bind(busy);
        check.disableProperty().bind(busy.or(model.pathProperty().isEmpty()));
        summary.textProperty().bind(model.summaryProperty());
        rowColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().row()));
        columnColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().column()));
        reasonColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().reason()));
        problems.setItems(model.problems());
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        show(problems, stage.isEqualTo(Stage.PROBLEMS));
        show(ready, stage.isEqualTo(Stage.READY).or(stage.isEqualTo(Stage.IMPORTING)).or(stage.isEqualTo(Stage.DONE)));
        newEntries.textProperty().bind(model.newEntriesProperty());
        show(newEntries, model.newEntriesProperty().isNotEmpty());
        show(createEntries, model.newEntriesProperty().isNotEmpty());
        createEntries.selectedProperty().bindBidirectional(model.createEntriesProperty());
        update.selectedProperty().bindBidirectional(model.updateProperty());
        createEntries.disableProperty().bind(stage.isNotEqualTo(Stage.READY));
        update.disableProperty().bind(stage.isNotEqualTo(Stage.READY));
        progress.progressProperty().bind(model.progressProperty());
        show(progress, busy);
        status.textProperty().bind(model.statusProperty());
        show(cancel, busy);
        importButton.disableProperty().bind(model.canImportBinding().not());
        close.disableProperty().bind(stage.isEqualTo(Stage.IMPORTING));
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(visible::get, visible));
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void onChoose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("listimport.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(resources.getString("listimport.choose.lists"), "*.xlsx", "*.csv",
                        "*.XLSX", "*.CSV"),
                new FileChooser.ExtensionFilter(resources.getString("listimport.choose.all"), "*"));
        File chosen = chooser.showOpenDialog(path.getScene().getWindow());
        if (chosen != null) {
            model.choose(chosen.toPath());
        }
    }

    @FXML
    private void onCheck() {
        model.check();
    }

    @FXML
    private void onTemplate() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("listimport.template.title"));
        chooser.setInitialFileName("mau-danh-sach-don-thu.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (.xlsx)", "*.xlsx"));
        File target = chooser.showSaveDialog(path.getScene().getWindow());
        if (target != null) {
            model.saveTemplate(target.toPath());
        }
    }

    @FXML
    private void onImport() {
        model.importNow();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onClose() {
        ((javafx.stage.Stage) close.getScene().getWindow()).close();
    }
}
