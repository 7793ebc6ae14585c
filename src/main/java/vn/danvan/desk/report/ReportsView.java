package vn.danvan.desk.report;

import javafx.fxml.FXML;
import javafx.scene.control.TabPane;

/** The report page (Báo cáo): the monthly petition list and the period summary report, one tab each. */
public final class ReportsView {

    @FXML private TabPane reportTabs;

    @FXML
    private void initialize() {
        reportTabs.getSelectionModel().selectFirst();
    }
}
