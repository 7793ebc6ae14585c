package vn.danvan.desk.report.summary;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.danvan.desk.common.ui.FolderPicker;
import vn.danvan.desk.common.ui.LabelConverter;
import vn.danvan.desk.report.ReportOffice;
import vn.danvan.desk.report.ReportOfficeBox;

/** Báo cáo tổng hợp: binds the period picker, the figures table and the export to {@link PeriodSummaryViewModel}. */
public final class PeriodSummaryView {

    private static final List<String> STYLES = List.of("summary-section", "summary-group");

    private final PeriodSummaryViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.layout.HBox officeRow;
    @FXML private Label officeLabel;
    @FXML private ComboBox<ReportOffice> office;
    @FXML private Label kindLabel;
    @FXML private ComboBox<PeriodKind> kind;
    @FXML private Label periodLabel;
    @FXML private ComboBox<ReportPeriod> period;
    @FXML private Label dates;
    @FXML private Label summaryFormatLabel;
    @FXML private ComboBox<SummaryFormat> summaryFormat;
    @FXML private Label summaryFolderLabel;
    @FXML private TextField summaryFolder;
    @FXML private Label summaryFileName;
    @FXML private Button summaryExport;
    @FXML private TableView<SummaryLine> figures;
    @FXML private Label summaryPlaceholder;
    @FXML private ProgressIndicator computing;
    @FXML private Label totals;
    @FXML private Label summaryExportStatus;
    @FXML private ProgressBar summaryProgress;
    @FXML private Button summaryCancel;
    @FXML private Button summaryOpenFolder;

    public PeriodSummaryView(PeriodSummaryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReportOfficeBox.bind(officeRow, office, officeLabel, model.offices(), resources);
        kindLabel.setLabelFor(kind);
        periodLabel.setLabelFor(period);
        summaryFormatLabel.setLabelFor(summaryFormat);
        summaryFolderLabel.setLabelFor(summaryFolder);
        kind.setItems(model.kinds());
        kind.setConverter(new LabelConverter<>(resources, PeriodKind::messageKey));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        period.setItems(model.periods());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportPeriod value) {
                return model.periodName(value);
            }

            @Override
            public ReportPeriod fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        period.valueProperty().bindBidirectional(model.periodProperty());
        dates.textProperty().bind(model.datesProperty());
        summaryFormat.getItems().setAll(SummaryFormat.XLSX, SummaryFormat.PDF);
        summaryFormat.setConverter(new LabelConverter<>(resources, SummaryFormat::messageKey));
        summaryFormat.valueProperty().bindBidirectional(model.formatProperty());
        summaryFolder.textProperty().bindBidirectional(model.folderProperty());
        summaryFileName.textProperty().bind(model.fileNameBinding());
        summaryExport.disableProperty().bind(model.exportingProperty().or(model.periodProperty().isNull()));
        computing.visibleProperty().bind(model.loadingProperty());
        computing.managedProperty().bind(computing.visibleProperty());
        totals.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(resources.getString("summary.computing")).otherwise(model.totalsProperty()));
        summaryPlaceholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(resources.getString("summary.computing")).otherwise(resources.getString("summary.empty")));
        summaryProgress.progressProperty().bind(model.progressProperty());
        summaryProgress.visibleProperty().bind(model.exportingProperty());
        summaryProgress.managedProperty().bind(summaryProgress.visibleProperty());
        summaryCancel.visibleProperty().bind(model.exportingProperty());
        summaryCancel.managedProperty().bind(summaryCancel.visibleProperty());
        summaryExportStatus.textProperty().bind(model.exportStatusProperty());
        summaryOpenFolder.disableProperty().bind(model.lastExportProperty().isNull().or(model.exportingProperty()));
        columns();
    }

    private void columns() {
        TableColumn<SummaryLine, String> number = column("summary.column.number", 44,
                line -> line.number());
        TableColumn<SummaryLine, String> label = column("summary.column.label", 340, SummaryLine::label);
        figures.getColumns().add(number);
        figures.getColumns().add(label);
        for (int i = 0; i < SummaryLines.COLUMN_KEYS.size(); i++) {
            int index = i;
            TableColumn<SummaryLine, String> figure = column(SummaryLines.COLUMN_KEYS.get(i), 98,
                    line -> model.cell(line, index));
            figure.setId("figure-" + i);
            figure.getStyleClass().add("number-column");
            figures.getColumns().add(figure);
        }
        figures.setItems(model.lines());
        figures.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll(STYLES);
                if (!empty && line != null && line.type() == SummaryLine.Type.SECTION) {
                    getStyleClass().add("summary-section");
                } else if (!empty && line != null && line.type() == SummaryLine.Type.GROUP) {
                    getStyleClass().add("summary-group");
                }
            }
        });
    }

    private TableColumn<SummaryLine, String> column(String key, double width,
                                                    java.util.function.Function<SummaryLine, String> text) {
        TableColumn<SummaryLine, String> column = new TableColumn<>(resources.getString(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(text.apply(data.getValue())));
        return column;
    }

    @FXML
    private void onPrevious() {
        model.previousPeriod();
    }

    @FXML
    private void onNext() {
        model.nextPeriod();
    }

    @FXML
    private void onChooseFolder() {
        FolderPicker.choose(summaryFolder, resources.getString("reports.folder.choose"))
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
