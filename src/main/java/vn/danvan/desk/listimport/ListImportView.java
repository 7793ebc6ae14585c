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
    @FXML private TextField importPath;
    @FXML private Button importChoose;
    @FXML private Button importCheck;
    @FXML private Button importTemplate;
    @FXML private Label importSummary;
    @FXML private TableView<ProblemLine> importProblems;
    @FXML private TableColumn<ProblemLine, Integer> rowColumn;
    @FXML private TableColumn<ProblemLine, String> columnColumn;
    @FXML private TableColumn<ProblemLine, String> reasonColumn;
    @FXML private VBox importReady;
    @FXML private Label importNewEntries;
    @FXML private CheckBox importCreateEntries;
    @FXML private CheckBox importUpdate;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;
    @FXML private Button importCancel;
    @FXML private Button importButton;
    @FXML private Button importClose;

    public ListImportView(ListImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fileLabel.setLabelFor(importPath);
        importPath.textProperty().bindBidirectional(model.pathProperty());
        var stage = model.stageProperty();
        var busy = stage.isEqualTo(Stage.CHECKING).or(stage.isEqualTo(Stage.IMPORTING));
        importPath.disableProperty().bind(busy);
        importChoose.disableProperty().bind(busy);
        importCheck.disableProperty().bind(busy.or(model.pathProperty().isEmpty()));
        importSummary.textProperty().bind(model.summaryProperty());
        rowColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().row()));
        columnColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().column()));
        reasonColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().reason()));
        importProblems.setItems(model.problems());
        importProblems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        show(importProblems, stage.isEqualTo(Stage.PROBLEMS));
        show(importReady, stage.isEqualTo(Stage.READY).or(stage.isEqualTo(Stage.IMPORTING)).or(stage.isEqualTo(Stage.DONE)));
        importNewEntries.textProperty().bind(model.newEntriesProperty());
        show(importNewEntries, model.newEntriesProperty().isNotEmpty());
        show(importCreateEntries, model.newEntriesProperty().isNotEmpty());
        importCreateEntries.selectedProperty().bindBidirectional(model.createEntriesProperty());
        importUpdate.selectedProperty().bindBidirectional(model.updateProperty());
        importCreateEntries.disableProperty().bind(stage.isNotEqualTo(Stage.READY));
        importUpdate.disableProperty().bind(stage.isNotEqualTo(Stage.READY));
        importProgress.progressProperty().bind(model.progressProperty());
        show(importProgress, busy);
        importStatus.textProperty().bind(model.statusProperty());
        show(importCancel, busy);
        importButton.disableProperty().bind(model.canImportBinding().not());
        importClose.disableProperty().bind(stage.isEqualTo(Stage.IMPORTING));
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
        File chosen = chooser.showOpenDialog(importPath.getScene().getWindow());
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
        File target = chooser.showSaveDialog(importPath.getScene().getWindow());
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
        ((javafx.stage.Stage) importClose.getScene().getWindow()).close();
    }
}
