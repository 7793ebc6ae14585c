package vn.danvan.desk.listimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.UserException;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * Nhập danh sách: choose a file, check it in the background (progress shown), then either the problems found (row,
 * column, reason) or what an import would do — new petitions, codes already on file (skipped, or updated when
 * ticked), villages and units to create (only once the user ticks the confirmation) — then import with progress and
 * cancel (nothing is saved until the end), and the result. Also saves the template.
 */
public final class ListImportViewModel {

    /** Where the screen stands. */
    public enum Stage { EMPTY, CHECKING, PROBLEMS, READY, IMPORTING, DONE }

    /** A line of the problem table: the row and column as in the file, the reason in the user's language. */
    public record ProblemLine(int row, String column, String reason) {
    }

    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.EMPTY);
    private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newEntries = new ReadOnlyStringWrapper("");
    private final BooleanProperty createEntries = new SimpleBooleanProperty();
    private final BooleanProperty update = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImport;

    private final ListImportService service;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final Runnable onImported;
    private ListImportCheck checked;
    private Path checkedFile;
    private Runnable cancel;

    public ListImportViewModel(ListImportService service, TaskRunner runner, Supplier<Messages> messages,
                               Supplier<Actor> actor, Runnable onImported) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        this.onImported = onImported;
        canImport = Bindings.createBooleanBinding(() -> stage.get() == Stage.READY
                && (newEntries.get().isEmpty() || createEntries.get()), stage, newEntries, createEntries);
        path.addListener((observable, old, value) -> {
            if (stage.get() != Stage.CHECKING && stage.get() != Stage.IMPORTING) {
                reset();
            }
        });
    }

    /** The file picked in the chooser: shown and checked at once. */
    public void choose(Path file) {
        path.set(file.toString());
        check();
    }

    /** Checks the file named in the path box, in the background; nothing is saved. */
    public void check() {
        Path file = file();
        if (file == null || busy()) {
            return;
        }
        reset();
        stage.set(Stage.CHECKING);
        progress.set(-1);
        status.set(text("listimport.checking", file.getFileName()));
        cancel = runner.runWithProgress(monitor -> service.check(file, monitor), this::showProgress, check -> {
            cancel = null;
            show(file, check);
        }, error -> failed(error, Stage.EMPTY));
    }

    /** Imports the checked file with the choices ticked; progress shown, cancellable until the commit. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ListImportCheck check = checked;
        Path file = checkedFile;
        ListImportOptions options = new ListImportOptions(createEntries.get(), createEntries.get(), update.get());
        Actor who = actor.get();
        stage.set(Stage.IMPORTING);
        progress.set(0);
        status.set(text("listimport.importing", check.rows()));
        cancel = runner.runWithProgress(monitor -> service.importFile(file, options, who, monitor),
                this::showProgress, result -> {
                    cancel = null;
                    stage.set(Stage.DONE);
                    progress.set(1);
                    status.set(text("listimport.done", result.imported(), result.updated(), result.skipped(),
                            result.createdVillages().size() + result.createdUnits().size()));
                    onImported.run();
                }, error -> failed(error, Stage.READY));
    }

    /** Stops a check, or an import before it is committed (nothing is then saved). */
    public void cancel() {
        if (cancel != null) {
            cancel.run();
        }
    }

    /** Saves the template workbook to {@code target} in the background. */
    public void saveTemplate(Path target) {
        runner.run(() -> {
            service.writeTemplate(target);
            return target;
        }, saved -> status.set(text("listimport.templateSaved", saved.getFileName())));
    }

    private void show(Path file, ListImportCheck check) {
        checked = check;
        checkedFile = file;
        progress.set(0);
        Messages text = messages.get();
        if (!check.valid()) {
            problems.setAll(check.problems().stream().map(p -> new ProblemLine(p.row(), p.column() == null ? ""
                    : p.column(), text.get(p.problem().messageKey(), p.problem().arguments()))).toList());
            stage.set(Stage.PROBLEMS);
            summary.set(check.problemCount() > check.problems().size()
                    ? text.get("listimport.problemsMore", check.problemCount(), check.problems().size())
                    : text.get("listimport.problems", check.problemCount()));
            status.set(text.get("listimport.nothingSaved"));
            return;
        }
        summary.set(text.get("listimport.summary", check.rows(), check.newRows(), check.existingRows()));
        newEntries.set(entries(text, check.villagesToCreate(), check.unitsToCreate()));
        stage.set(Stage.READY);
        status.set(text.get("listimport.ready"));
    }

    private static String entries(Messages text, List<String> villages, List<String> units) {
        StringBuilder lines = new StringBuilder();
        if (!villages.isEmpty()) {
            lines.append(text.get("listimport.newVillages", String.join(", ", villages)));
        }
        if (!units.isEmpty()) {
            lines.append(lines.length() == 0 ? "" : "\n").append(text.get("listimport.newUnits",
                    String.join(", ", units)));
        }
        return lines.toString();
    }

    private void failed(Throwable error, Stage back) {
        cancel = null;
        progress.set(0);
        stage.set(back);
        if (error instanceof CancellationException) {
            status.set(text("listimport.cancelled"));
        } else if (error instanceof ListImportException refused) {
            show(checkedFile, new ListImportCheck(checked == null ? "" : checked.fileName(),
                    checked == null ? 0 : checked.rows(), 0, 0, List.of(), List.of(), List.of(), refused.problems(),
                    refused.total()));
        } else if (error instanceof UserException user) {
            status.set(messages.get().of(user));
        } else {
            status.set("");
            runner.report(error);
        }
    }

    private void showProgress(double fraction) {
        if (fraction > 0) {
            progress.set(fraction);
        }
    }

    private void reset() {
        checked = null;
        checkedFile = null;
        problems.clear();
        summary.set("");
        newEntries.set("");
        createEntries.set(false);
        stage.set(Stage.EMPTY);
        status.set("");
    }

    private Path file() {
        String typed = path.get() == null ? "" : path.get().strip();
        if (typed.isEmpty()) {
            return null;
        }
        Path file = Path.of(typed);
        if (!Files.isRegularFile(file)) {
            status.set(text("listimport.error.noFile", typed));
            return null;
        }
        return file;
    }

    private boolean busy() {
        return stage.get() == Stage.CHECKING || stage.get() == Stage.IMPORTING;
    }

    private String text(String key, Object... arguments) {
        return messages.get().get(key, arguments);
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ObservableList<ProblemLine> problems() {
        return problems;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The villages and units to create, one line each; empty when none. */
    public ReadOnlyStringProperty newEntriesProperty() {
        return newEntries.getReadOnlyProperty();
    }

    public BooleanProperty createEntriesProperty() {
        return createEntries;
    }

    public BooleanProperty updateProperty() {
        return update;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
