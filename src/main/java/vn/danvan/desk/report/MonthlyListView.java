package vn.danvan.desk.report;

import java.time.YearMonth;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.danvan.desk.common.ui.FolderPicker;
import vn.danvan.desk.common.ui.LabelConverter;

/**
 * Báo cáo: the monthly petition list. Binds the month picker, the masked preview, the format, the folder and the
 * export's progress to {@link MonthlyListViewModel}.
 */
public final class MonthlyListView {

    private final MonthlyListViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.layout.HBox officeRow;
    @FXML private Label officeLabel;
    @FXML private ComboBox<ReportOffice> office;
    @FXML private Label monthLabel;
    @FXML private Label formatLabel;
    @FXML private Label folderLabel;
    @FXML private ComboBox<YearMonth> month;
    @FXML private Button previousMonth;
    @FXML private Button nextMonth;
    @FXML private ComboBox<ExportFormat> format;
    @FXML private CheckBox withIdentities;
    @FXML private TextField folder;
    @FXML private Button chooseFolder;
    @FXML private Label fileName;
    @FXML private Button export;
    @FXML private TableView<MonthlyListViewModel.Line> table;
    @FXML private Label summary;
    @FXML private Label placeholder;
    @FXML private ProgressBar progress;
    @FXML private Button cancel;
    @FXML private Label exportStatus;
    @FXML private Button openFolder;

    public MonthlyListView(MonthlyListViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReportOfficeBox.bind(officeRow, office, officeLabel, model.offices(), resources);
        monthLabel.setLabelFor(month);
        formatLabel.setLabelFor(format);
        folderLabel.setLabelFor(folder);
        month.setItems(model.months());
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth value) {
                return value == null ? "" : java.text.MessageFormat.format(resources.getString("reports.month"),
                        String.format("%02d/%d", value.getMonthValue(), value.getYear()));
            }

            @Override
            public YearMonth fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        month.valueProperty().bindBidirectional(model.monthProperty());
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new LabelConverter<>(resources, ExportFormat::messageKey));
        format.valueProperty().bindBidirectional(model.formatProperty());
        withIdentities.setVisible(model.canShowIdentities());
        withIdentities.setManaged(model.canShowIdentities());
        withIdentities.selectedProperty().bindBidirectional(model.withIdentitiesProperty());
        folder.textProperty().bindBidirectional(model.folderProperty());
        fileName.textProperty().bind(model.fileNameBinding());
        export.disableProperty().bind(model.exportingProperty().or(model.monthProperty().isNull()));
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(model.exportingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(model.exportingProperty().not());
        exportStatus.textProperty().bind(model.exportStatusProperty());
        openFolder.disableProperty().bind(model.lastExportProperty().isNull().or(model.exportingProperty()));
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(resources.getString("reports.loading")).otherwise(model.summaryProperty()));
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(resources.getString("reports.loading")).otherwise(resources.getString("reports.empty")));
        columns();
    }

    private void columns() {
        for (MonthlyListColumn column : MonthlyListColumn.values()) {
            TableColumn<MonthlyListViewModel.Line, String> tableColumn =
                    new TableColumn<>(resources.getString(column.messageKey()));
            tableColumn.setId("column-" + column.name().toLowerCase(java.util.Locale.ROOT));
            tableColumn.setPrefWidth(Math.min(column.maxChars(), column.minChars() + 4) * 7.5 + 16);
            tableColumn.setSortable(false);
            tableColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(model.cellText(column, data.getValue())));
            table.getColumns().add(tableColumn);
        }
        table.setItems(model.lines());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(MonthlyListViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("carried-over");
                if (!empty && line != null && line.row().carriedOver()) {
                    getStyleClass().add("carried-over");
                }
            }
        });
    }

    @FXML
    private void onPreviousMonth() {
        model.previousMonth();
    }

    @FXML
    private void onNextMonth() {
        model.nextMonth();
    }

    @FXML
    private void onChooseFolder() {
        FolderPicker.choose(folder, resources.getString("reports.folder.choose"))
                .ifPresent(model.folderProperty()::set);
    }

    @FXML
    private void onExport() {
        model.export();
    }

    @FXML
    private void onCancel() {
        model.cancelExport();
    }

    @FXML
    private void onOpenFolder() {
        model.openFolder();
    }
}
