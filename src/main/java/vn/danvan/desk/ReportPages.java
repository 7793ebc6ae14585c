package vn.danvan.desk;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.report.MonthlyListView;
import vn.danvan.desk.report.MonthlyListViewModel;
import vn.danvan.desk.report.ReportOfficeChoice;
import vn.danvan.desk.report.ReportsView;
import vn.danvan.desk.report.summary.PeriodSummaryView;
import vn.danvan.desk.report.summary.PeriodSummaryViewModel;
import vn.danvan.desk.security.Actor;

/**
 * The controllers of the report page (Báo cáo) of one signed-in session: the monthly list and the period summary
 * tabs, which share one choice of office, and the tab pane that starts the summary only once its tab is opened.
 */
final class ReportPages {

    private final AppServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final Supplier<Path> exportFolder;
    private final Consumer<Path> openFolder;
    private final ReportOfficeChoice offices;
    private PeriodSummaryViewModel summary;

    ReportPages(AppServices services, TaskRunner runner, DialogService dialogs, Supplier<Messages> messages,
                Supplier<Actor> actor, Supplier<Path> exportFolder, Consumer<Path> openFolder) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.actor = actor;
        this.exportFolder = exportFolder;
        this.openFolder = openFolder;
        this.offices = new ReportOfficeChoice(services.monthlyList()::offices, runner);
    }

    MonthlyListView monthlyList() {
        return new MonthlyListView(new MonthlyListViewModel(services.monthlyList(), offices, runner, dialogs,
                messages, actor, exportFolder.get(), services.preferences()::setExportFolder, openFolder));
    }

    ReportsView tabs() {
        return new ReportsView(() -> summary.activate());
    }

    PeriodSummaryView periodSummary() {
        summary = new PeriodSummaryViewModel(services.periodSummary(), offices, runner, dialogs, messages,
                exportFolder.get(), services.preferences()::setExportFolder, openFolder);
        return new PeriodSummaryView(summary);
    }
}
