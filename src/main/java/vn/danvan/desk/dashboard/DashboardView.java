package vn.danvan.desk.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.danvan.desk.common.ui.VietnameseFormats;
import vn.danvan.desk.dashboard.DashboardService.Charts;
import vn.danvan.desk.dashboard.DashboardService.Summary;
import vn.danvan.desk.dashboard.DashboardViewModel.DeadlineEntry;
import vn.danvan.desk.dashboard.DashboardViewModel.PartState;

/**
 * Tổng quan: six cards, the charts of the last twelve months and the two deadline lists. Each part shows
 * "Đang tải…" until its figures arrive. F5 or Làm mới reads everything again.
 */
public final class DashboardView {

    /** Six cards fit in a row from a 1280-pixel-wide window (the sidebar takes 210). */
    private static final double CARD_MIN_WIDTH = 150;
    /** Room for a two-line title, the figure and a two-line explanation. */
    private static final double CARD_HEIGHT = 118;

    private final DashboardViewModel model;
    private final Supplier<Path> exportFolder;
    private final Map<DashboardCard, Label> values = new EnumMap<>(DashboardCard.class);
    private final Map<DashboardCard, Label> details = new EnumMap<>(DashboardCard.class);
    private DashboardCharts charts;
    private String period = "";

    @FXML private ResourceBundle resources;
    @FXML private BorderPane dashboardRoot;
    @FXML private Label asOf;
    @FXML private Label exportStatus;
    @FXML private HBox cards;
    @FXML private Label monthsTitle;
    @FXML private Label fieldsTitle;
    @FXML private Label villagesTitle;
    @FXML private StackedBarChart<String, Number> monthsChart;
    @FXML private BarChart<Number, String> fieldsChart;
    @FXML private BarChart<Number, String> villagesChart;
    @FXML private Label monthsPlaceholder;
    @FXML private Label fieldsPlaceholder;
    @FXML private Label villagesPlaceholder;
    @FXML private Button exportMonths;
    @FXML private Button exportFields;
    @FXML private Button exportVillages;
    @FXML private ListView<DeadlineEntry> overdueList;
    @FXML private ListView<DeadlineEntry> nextList;

    public DashboardView(DashboardViewModel model, Supplier<Path> exportFolder) {
        this.model = model;
        this.exportFolder = exportFolder;
    }

    @FXML
    private void initialize() {
        charts = new DashboardCharts(resources);
        for (var axis : java.util.List.of(monthsChart.getYAxis(), fieldsChart.getXAxis(), villagesChart.getXAxis())) {
            ((javafx.scene.chart.NumberAxis) axis).setTickLabelFormatter(VietnameseFormats.axisNumbers());
        }
        for (DashboardCard card : DashboardCard.values()) {
            cards.getChildren().add(card(card));
        }
        DeadlineCell.install(overdueList, model.mostOverdue(), resources, true, "dashboard.list.overdue.empty",
                model::openPetition);
        DeadlineCell.install(nextList, model.nextDue(), resources, false, "dashboard.list.next.empty",
                model::openPetition);
        model.summaryProperty().addListener((observable, old, summary) -> showSummary(summary));
        model.chartsProperty().addListener((observable, old, drawn) -> showCharts(drawn));
        model.summaryStateProperty().addListener((observable, old, state) -> showCardState(state));
        model.chartsStateProperty().addListener((observable, old, state) -> showChartState(state));
        model.listsStateProperty().addListener((observable, old, state) -> showListState(state));
        exportStatus.textProperty().bind(model.exportStatusProperty());
        monthsTitle.setText(resources.getString(DashboardChart.MONTHS.titleKey()));
        fieldsTitle.setText(resources.getString(DashboardChart.FIELDS.titleKey()));
        villagesTitle.setText(resources.getString(DashboardChart.VILLAGES.titleKey()));
        dashboardRoot.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5) {
                model.refresh();
                event.consume();
            }
        });
        showCardState(PartState.LOADING);
        showChartState(PartState.LOADING);
        showListState(PartState.LOADING);
        model.refresh();
    }

    /** Reads the page again (after a change elsewhere, or F5). */
    public void refresh() {
        model.refresh();
    }

    /** A card: its title, its figure, a line saying what is counted; a click, Enter or Space opens its list. */
    private Region card(DashboardCard card) {
        Label title = new Label(resources.getString(card.key()));
        title.getStyleClass().add("dashboard-card-title");
        Label value = new Label();
        value.setId(card.id() + "-value");
        value.getStyleClass().add("dashboard-card-value");
        Label detail = new Label();
        detail.getStyleClass().add("dashboard-card-detail");
        for (Label label : java.util.List.of(title, detail)) {
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        values.put(card, value);
        details.put(card, detail);
        VBox node = new VBox(2, title, value, detail);
        node.setId(card.id());
        node.getStyleClass().addAll("card", "dashboard-card", card.id());
        node.setMinWidth(CARD_MIN_WIDTH);
        node.setPrefWidth(CARD_MIN_WIDTH);
        node.setMaxWidth(Double.MAX_VALUE);
        node.setMinHeight(CARD_HEIGHT);
        node.setPrefHeight(CARD_HEIGHT);
        node.setMaxHeight(CARD_HEIGHT);
        HBox.setHgrow(node, Priority.ALWAYS);
        Tooltip tip = new Tooltip(resources.getString(card.key() + ".tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(node, tip);
        if (card.opensList()) {
            node.getStyleClass().add("dashboard-card-link");
            node.setFocusTraversable(true);
            node.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
            node.setAccessibleText(resources.getString(card.key()));
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    model.open(card);
                }
            });
            node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                    model.open(card);
                    event.consume();
                }
            });
        }
        return node;
    }

    private void showSummary(Summary summary) {
        if (summary == null) {
            return;
        }
        DashboardDates dates = summary.dates();
        DashboardCards c = summary.cards();
        asOf.setText(text("dashboard.asOf", VietnameseFormats.date(dates.today())));
        String month = DashboardCharts.monthLabel(dates.month());
        set(DashboardCard.OPEN, c.open(), resources.getString("dashboard.card.open.detail"));
        set(DashboardCard.OVERDUE, c.overdue(), resources.getString("dashboard.card.overdue.detail"));
        set(DashboardCard.DUE_WITHIN_WEEK, c.dueWithinWeek(),
                text("dashboard.card.due_within_week.detail", VietnameseFormats.date(dates.weekEnd())));
        set(DashboardCard.RECEIVED_THIS_MONTH, c.receivedThisMonth(),
                text("dashboard.card.received_this_month.detail", month));
        set(DashboardCard.RESOLVED_THIS_MONTH, c.resolvedThisMonth(),
                text("dashboard.card.resolved_this_month.detail", month));
    }

    private void set(DashboardCard card, int value, String detail) {
        values.get(card).setText(VietnameseFormats.count(value));
        details.get(card).setText(detail);
    }

    private void showCharts(Charts drawn) {
        if (drawn == null) {
            return;
        }
        DashboardDates dates = drawn.dates();
        SettlementRate rate = drawn.settlement();
        values.get(DashboardCard.SETTLEMENT_RATE).setText(rate.percent().isPresent()
                ? VietnameseFormats.percent(rate.percent().getAsDouble()) : "–");
        details.get(DashboardCard.SETTLEMENT_RATE).setText(text("dashboard.card.settlement_rate.detail",
                VietnameseFormats.count(rate.resolved()), VietnameseFormats.count(rate.withinCompetence()),
                String.valueOf(dates.today().getYear())));
        charts.fillMonths(monthsChart, drawn.months(), model::openMonth);
        String period = text("dashboard.chart.period", DashboardCharts.monthLabel(dates.firstChartMonth()),
                DashboardCharts.monthLabel(dates.month()));
        String seriesName = text("dashboard.chart.received", period);
        charts.fillRanked(fieldsChart, drawn.fields(), "dashboard.chart.fields", seriesName, model::openField);
        charts.fillRanked(villagesChart, drawn.villages(), "dashboard.chart.villages", seriesName,
                model::openVillage);
        this.period = period;
        empty(fieldsPlaceholder, fieldsChart, drawn.fields().total() == 0);
        empty(villagesPlaceholder, villagesChart, drawn.villages().total() == 0);
    }

    private void empty(Label placeholder, Chart chart, boolean none) {
        chart.setVisible(!none);
        placeholder.setVisible(none);
        placeholder.setText(none ? resources.getString("dashboard.chart.none") : "");
    }

    private void showCardState(PartState state) {
        if (state == PartState.READY) {
            return;
        }
        for (DashboardCard card : DashboardCard.values()) {
            if (card != DashboardCard.SETTLEMENT_RATE) {
                values.get(card).setText("…");
                details.get(card).setText(stateText(state));
            }
        }
    }

    private void showChartState(PartState state) {
        boolean ready = state == PartState.READY;
        for (var pair : java.util.List.of(
                java.util.Map.entry(monthsPlaceholder, (Chart) monthsChart),
                java.util.Map.entry(fieldsPlaceholder, (Chart) fieldsChart),
                java.util.Map.entry(villagesPlaceholder, (Chart) villagesChart))) {
            pair.getKey().setVisible(!ready);
            pair.getValue().setVisible(ready);
            if (!ready) {
                pair.getKey().setText(stateText(state));
            }
        }
        for (Button export : java.util.List.of(exportMonths, exportFields, exportVillages)) {
            export.setDisable(!ready);
        }
        if (!ready) {
            values.get(DashboardCard.SETTLEMENT_RATE).setText("…");
            details.get(DashboardCard.SETTLEMENT_RATE).setText(stateText(state));
        }
    }

    private void showListState(PartState state) {
        boolean ready = state == PartState.READY;
        ((Label) overdueList.getPlaceholder()).setText(ready
                ? resources.getString("dashboard.list.overdue.empty") : stateText(state));
        ((Label) nextList.getPlaceholder()).setText(ready
                ? resources.getString("dashboard.list.next.empty") : stateText(state));
    }

    private String stateText(PartState state) {
        return resources.getString(state == PartState.FAILED ? "dashboard.failed" : "dashboard.loading");
    }

    private String text(String key, Object... arguments) {
        return MessageFormat.format(resources.getString(key), arguments);
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    @FXML
    private void onExportMonths() {
        export(DashboardChart.MONTHS, monthsChart);
    }

    @FXML
    private void onExportFields() {
        export(DashboardChart.FIELDS, fieldsChart);
    }

    @FXML
    private void onExportVillages() {
        export(DashboardChart.VILLAGES, villagesChart);
    }

    private void export(DashboardChart chart, Chart node) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("dashboard.action.savePng"));
        chooser.setInitialFileName(model.fileName(chart));
        Path folder = exportFolder.get();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(dashboardRoot.getScene().getWindow());
        if (file != null) {
            exportTo(node, resources.getString(chart.titleKey()) + " · " + period, file.toPath());
        }
    }

    /** Takes the chart's picture and has it written to {@code file} in the background. */
    private void exportTo(Chart node, String title, Path file) {
        Path png = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                ? file : file.resolveSibling(file.getFileName() + ".png");
        model.exportChart(DashboardCharts.picture(node, title), png);
    }
}
