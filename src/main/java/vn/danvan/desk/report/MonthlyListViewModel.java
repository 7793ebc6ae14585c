package vn.danvan.desk.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * The report page: pick a month, preview its list (always masked), choose the format and the folder, export in the
 * background with progress and cancel, then open the folder. Identities are offered to admins only.
 */
public final class MonthlyListViewModel {

    /** How many months back the month picker offers. */
    static final int MONTHS_OFFERED = 60;

    /** A preview line: its number in the list and the row. */
    public record Line(int ordinal, MonthlyListRow row) {
    }

    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.XLSX);
    private final BooleanProperty withIdentities = new SimpleBooleanProperty();
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final StringBinding fileName;

    private final MonthlyListService service;
    private final ReportOfficeChoice offices;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final Consumer<Path> rememberFolder;
    private final Consumer<Path> openFolder;
    private Runnable cancel;
    private MonthlyListCells cells;
    private Messages cellsLanguage;
    private int loadSerial;

    public MonthlyListViewModel(MonthlyListService service, TaskRunner runner, DialogService dialogs,
                                Supplier<Messages> messages, Supplier<Actor> actor, Path initialFolder,
                                Consumer<Path> rememberFolder, Consumer<Path> openFolder) {
        this(service, new ReportOfficeChoice(java.util.List::of, runner), runner, dialogs, messages, actor,
                initialFolder, rememberFolder, openFolder);
    }

    /** With the report page's choice of office ({@link ReportOfficeChoice}): this office's list or a merged one's. */
    public MonthlyListViewModel(MonthlyListService service, ReportOfficeChoice offices, TaskRunner runner,
                                DialogService dialogs, Supplier<Messages> messages, Supplier<Actor> actor,
                                Path initialFolder, Consumer<Path> rememberFolder, Consumer<Path> openFolder) {
        this.service = service;
        this.offices = offices;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.actor = actor;
        this.rememberFolder = rememberFolder;
        this.openFolder = openFolder;
        YearMonth current = service.currentMonth();
        IntStream.range(0, MONTHS_OFFERED).forEach(i -> months.add(current.minusMonths(i)));
        folder.set(initialFolder.toString());
        fileName = Bindings.createStringBinding(() -> fileName(month.get(), format.get(), offices.chosen()), month,
                format, offices.officeProperty());
        month.addListener((observable, old, value) -> load());
        offices.officeProperty().addListener((observable, old, value) -> load());
        month.set(current.minusMonths(1)); // the month usually reported is the one just ended
    }

    /** {@code danh-sach-don-thu-2026-10.xlsx}: ASCII, so it travels by any mail or USB stick. */
    static String fileName(YearMonth month, ExportFormat format, ReportOffice office) {
        if (month == null || format == null) {
            return "";
        }
        return String.format(Locale.ROOT, "danh-sach-don-thu-%d-%02d%s.%s", month.getYear(), month.getMonthValue(),
                office == null ? "" : office.fileTag(), format.extension());
    }

    /** Reads the month's list in the background for the preview. */
    public void load() {
        YearMonth wanted = month.get();
        if (wanted == null) {
            return;
        }
        int serial = ++loadSerial;
        loading.set(true);
        ReportOffice office = offices.chosen();
        runner.run(() -> office == null ? service.list(wanted) : service.list(wanted, office), list -> {
            if (serial != loadSerial) {
                return; // a newer month was picked meanwhile
            }
            loading.set(false);
            List<MonthlyListRow> rows = list.rows();
            lines.setAll(IntStream.range(0, rows.size()).mapToObj(i -> new Line(i + 1, rows.get(i))).toList());
            summary.set(messages.get().get("reports.summary", rows.size(), list.receivedInMonth(),
                    list.carriedOver()));
        }, error -> {
            loading.set(false);
            runner.report(error);
        });
    }

    public void previousMonth() {
        int i = months.indexOf(month.get());
        if (i >= 0 && i + 1 < months.size()) {
            month.set(months.get(i + 1));
        }
    }

    public void nextMonth() {
        int i = months.indexOf(month.get());
        if (i > 0) {
            month.set(months.get(i - 1));
        }
    }

    /** Writes the list to the folder in the background; asks first before replacing a file or showing identities. */
    public void export() {
        if (exporting.get() || month.get() == null) {
            return;
        }
        Messages text = messages.get();
        Path target = ExportTarget.ask(folder.get(), fileName.get(), dialogs, text).orElse(null);
        if (target == null) {
            return;
        }
        Path dir = target.getParent();
        boolean identities = withIdentities.get() && canShowIdentities();
        if (identities && !dialogs.confirm(text.get("reports.confirmIdentities"))) {
            return;
        }
        YearMonth chosen = month.get();
        ExportFormat chosenFormat = format.get();
        Actor who = actor.get();
        exporting.set(true);
        progress.set(0);
        exportStatus.set(text.get("reports.exporting", target.getFileName()));
        ReportOffice office = offices.chosen();
        cancel = runner.runWithProgress(monitor -> office == null
                        ? service.export(chosen, chosenFormat, target, who, identities, monitor)
                        : service.export(chosen, office, chosenFormat, target, who, identities, monitor), progress::set,
                result -> {
                    finish();
                    lastExport.set(result.file());
                    progress.set(1);
                    exportStatus.set(messages.get().get("reports.exported", result.rows(),
                            result.file().getFileName()));
                    rememberFolder.accept(dir);
                },
                error -> {
                    finish();
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
        if (cancel != null) {
            cancel.run();
        }
    }

    public void openFolder() {
        Path file = lastExport.get();
        if (file != null) {
            openFolder.accept(file.toAbsolutePath().getParent());
        }
    }

    /** Whether this officer may export with identities (an admin). */
    public boolean canShowIdentities() {
        return actor.get().admin();
    }

    /** The label of a cell of the preview, in the user's language. */
    public String cellText(MonthlyListColumn column, Line line) {
        Messages current = messages.get();
        if (cells == null || cellsLanguage != current) {
            cells = new MonthlyListCells(current);
            cellsLanguage = current;
        }
        return cells.text(column, line.ordinal(), line.row());
    }

    private void finish() {
        exporting.set(false);
        cancel = null;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    /** The report page's choice of office, shared with the period summary. */
    public ReportOfficeChoice offices() {
        return offices;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty withIdentitiesProperty() {
        return withIdentities;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringBinding fileNameBinding() {
        return fileName;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
