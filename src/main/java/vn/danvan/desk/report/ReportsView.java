package vn.danvan.desk.report;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The report page (Báo cáo): the monthly petition list and the period summary report, one tab each. */
public final class ReportsView {

    @FXML private TabPane reportTabs;
    @FXML private Tab summaryTab;
    private final Runnable summaryShown;

    /** {@code summaryShown} starts the summary's counting, the first time its tab is opened. */
    public ReportsView(Runnable summaryShown) {
        this.summaryShown = summaryShown;
    }

    @FXML
    private void initialize() {
        reportTabs.getSelectionModel().selectFirst();
        // the summary counts a whole period: only once its tab is opened
        summaryTab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                summaryShown.run();
            }
        });
    }
}
