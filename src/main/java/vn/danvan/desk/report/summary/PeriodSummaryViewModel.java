package vn.danvan.desk.report.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.report.ExportTarget;
import vn.danvan.desk.report.ReportOffice;
import vn.danvan.desk.report.ReportOfficeChoice;

/**
 * The summary tab of the report page: pick the kind of period and the period, see its figures (computed in the
 * background), export them to XLSX or PDF in the chosen folder with progress and cancel, then open the folder.
 */
public final class PeriodSummaryViewModel {

    /** How many years back the period picker offers. */
    static final int YEARS_OFFERED = 5;

    private final ObservableList<PeriodKind> kinds = FXCollections.observableArrayList(PeriodKind.values());
    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<SummaryLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<SummaryFormat> format = new SimpleObjectProperty<>(SummaryFormat.XLSX);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PeriodSummary> summary = new ReadOnlyObjectWrapper<>();
    private final StringBinding fileName;

    private final PeriodSummaryService service;
    private final ReportOfficeChoice offices;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Consumer<Path> rememberFolder;
    private final Consumer<Path> openFolder;
    private Runnable cancelLoad;
    private Runnable cancelExport;
    private int loadSerial;
    private boolean active;

    public PeriodSummaryViewModel(PeriodSummaryService service, TaskRunner runner, DialogService dialogs,
                                  Supplier<Messages> messages, Path initialFolder, Consumer<Path> rememberFolder,
                                  Consumer<Path> openFolder) {
        this(service, new ReportOfficeChoice(java.util.List::of, runner), runner, dialogs, messages, initialFolder,
                rememberFolder, openFolder);
    }

    /** With the report page's choice of office ({@link ReportOfficeChoice}): this office's figures or a merged one's. */
    public PeriodSummaryViewModel(PeriodSummaryService service, ReportOfficeChoice offices, TaskRunner runner,
                                  DialogService dialogs, Supplier<Messages> messages, Path initialFolder,
                                  Consumer<Path> rememberFolder, Consumer<Path> openFolder) {
        this.service = service;
        this.offices = offices;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.rememberFolder = rememberFolder;
        this.openFolder = openFolder;
        folder.set(initialFolder.toString());
        fileName = Bindings.createStringBinding(() -> fileName(period.get(), format.get(), offices.chosen()), period,
                format, offices.officeProperty());
        kind.addListener((observable, old, value) -> offerPeriods(value));
        period.addListener((observable, old, value) -> load());
        offices.officeProperty().addListener((observable, old, value) -> load());
        kind.set(PeriodKind.MONTH);
    }

    /** The report page's choice of office, shared with the monthly list. */
    public ReportOfficeChoice offices() {
        return offices;
    }

    /** {@code bao-cao-tong-hop-2026-Q3.xlsx}: ASCII, so it travels by any mail or USB stick. */
    static String fileName(ReportPeriod period, SummaryFormat format, ReportOffice office) {
        return period == null || format == null ? "" : "bao-cao-tong-hop-" + period.code()
                + (office == null ? "" : office.fileTag()) + "." + format.extension();
    }

    /** The periods of {@code kind} from the current one back {@link #YEARS_OFFERED} years; picks the last one ended. */
    private void offerPeriods(PeriodKind value) {
        if (value == null) {
            return;
        }
        ReportPeriod current = service.current(value);
        int count = YEARS_OFFERED * value.perYear() + 1;
        java.util.ArrayList<ReportPeriod> offered = new java.util.ArrayList<>();
        ReportPeriod p = current;
        for (int i = 0; i < count && p.year() >= ReportPeriod.FIRST_YEAR + 1; i++) {
            offered.add(p);
            p = p.previous();
        }
        periods.setAll(offered);
        // the period usually reported is the one just ended (the running one for a year or nine months in progress)
        ReportPeriod ended = offered.size() > 1 && (value == PeriodKind.MONTH || value == PeriodKind.QUARTER
                || value == PeriodKind.HALF) ? offered.get(1) : offered.get(0);
        period.set(ended);
    }

    /**
     * The tab is shown: from now on the figures of the chosen period are computed (not before, so the report page
     * opens on the monthly list without counting a period nobody asked for).
     */
    public void activate() {
        if (!active) {
            active = true;
            load();
        }
    }

    /** Computes the figures of the chosen period in the background. */
    public void load() {
        ReportPeriod wanted = period.get();
        if (wanted == null || !active) {
            return;
        }
        if (cancelLoad != null) {
            cancelLoad.run();
        }
        int serial = ++loadSerial;
        loading.set(true);
        lines.clear();
        totals.set("");
        ReportOffice office = offices.chosen();
        cancelLoad = runner.runWithProgress(monitor -> office == null ? service.summary(wanted, monitor)
                        : service.summary(wanted, office, monitor), fraction -> { },
                result -> {
                    if (serial != loadSerial) {
                        return; // another period was picked meanwhile
                    }
                    loading.set(false);
                    cancelLoad = null;
                    show(result);
                },
                error -> {
                    if (serial != loadSerial || error instanceof CancellationException) {
                        return;
                    }
                    loading.set(false);
                    cancelLoad = null;
                    summary.set(null);
                    runner.report(error);
                });
    }

    private void show(PeriodSummary result) {
        SummaryLines text = new SummaryLines(messages.get());
        summary.set(result);
        lines.setAll(text.lines(result));
        List<String> subtitles = text.subtitles(result);
        dates.set(String.join(" ", subtitles) + " " + text.text("summary.boundaryNote",
                text.text(result.boundary().messageKey())));
        totals.set(text.text("summary.totals", result.total(), result.carriedOver(), result.received(),
                text.percent(result.handlingRate()), text.percent(result.settlementRate())));
    }

    public void previousPeriod() {
        int i = periods.indexOf(period.get());
        if (i >= 0 && i + 1 < periods.size()) {
            period.set(periods.get(i + 1));
        }
    }

    public void nextPeriod() {
        int i = periods.indexOf(period.get());
        if (i > 0) {
            period.set(periods.get(i - 1));
        }
    }

    /** Writes the summary to the folder in the background; asks first before replacing a file. */
    public void export() {
        ReportPeriod chosen = period.get();
        if (exporting.get() || chosen == null) {
            return;
        }
        Messages text = messages.get();
        Path target = ExportTarget.ask(folder.get(), fileName.get(), dialogs, text).orElse(null);
        if (target == null) {
            return;
        }
        Path dir = target.getParent();
        SummaryFormat chosenFormat = format.get();
        exporting.set(true);
        progress.set(-1);
        exportStatus.set(text.get("reports.exporting", target.getFileName()));
        ReportOffice office = offices.chosen();
        cancelExport = runner.runWithProgress(monitor -> office == null
                        ? service.export(chosen, chosenFormat, target, monitor)
                        : service.export(chosen, office, chosenFormat, target, monitor),
                fraction -> { },
                result -> {
                    finishExport();
                    lastExport.set(target);
                    progress.set(1);
                    exportStatus.set(messages.get().get("summary.exported", target.getFileName()));
                    rememberFolder.accept(dir);
                },
                error -> {
                    finishExport();
                    progress.set(0);
                    if (error instanceof CancellationException) {
                        exportStatus.set(messages.get().get("reports.cancelled"));
                    } else {
                        exportStatus.set("");
                        runner.report(error);
                    }
                });
    }

    public void cancelExport() {
        if (cancelExport != null) {
            cancelExport.run();
        }
    }

    public void openFolder() {
        Path file = lastExport.get();
        if (file != null) {
            openFolder.accept(file.toAbsolutePath().getParent());
        }
    }

    /** A period's name in the user's language ("Quý III năm 2026"). */
    public String periodName(ReportPeriod value) {
        return value == null ? "" : messages.get().get(value.labelKey(), value.labelArguments());
    }

    /** A figure cell of a line as shown: a count, a rate, or nothing. */
    public String cell(SummaryLine line, int column) {
        SummaryLines text = new SummaryLines(messages.get());
        return switch (line.type()) {
            case COUNT -> column == 0 ? text.count(line.count()) : "";
            case RATE -> column == 0 ? text.percent(line.rate()) : "";
            case TALLY -> text.count(line.tally().columns()[column]);
            default -> "";
        };
    }

    private void finishExport() {
        exporting.set(false);
        cancelExport = null;
    }

    public ObservableList<PeriodKind> kinds() { return kinds; }
    public ObjectProperty<PeriodKind> kindProperty() { return kind; }
    public ObservableList<ReportPeriod> periods() { return periods; }
    public ObjectProperty<ReportPeriod> periodProperty() { return period; }
    public ObservableList<SummaryLine> lines() { return lines; }
    public ReadOnlyStringProperty datesProperty() { return dates.getReadOnlyProperty(); }
    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ObjectProperty<SummaryFormat> formatProperty() { return format; }
    public StringProperty folderProperty() { return folder; }
    public StringBinding fileNameBinding() { return fileName; }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    public DoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty exportStatusProperty() { return exportStatus.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> lastExportProperty() { return lastExport.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PeriodSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
}
