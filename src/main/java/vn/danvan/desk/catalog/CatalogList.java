package vn.danvan.desk.catalog;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.TaskRunner;

/**
 * The part every catalog tab shares: the entries, the selected one, the busy flag and the status line, and
 * running a change in the background (then reloading and re-selecting the changed entry, or showing why it
 * was refused).
 */
public final class CatalogList<T> {

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final Callable<List<T>> loader;
    private final Function<T, UUID> idOf;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Runnable onChanged;

    public CatalogList(Callable<List<T>> loader, Function<T, UUID> idOf, TaskRunner runner, DialogService dialogs,
                       Supplier<Messages> messages, Runnable onChanged) {
        this.loader = loader;
        this.idOf = idOf;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onChanged = onChanged;
    }

    /** Loads the entries in the background; {@code selectId} (may be null) is selected afterwards. */
    public void load(UUID selectId) {
        busy.set(true);
        runner.run(loader, (List<T> all) -> {
            busy.set(false);
            items.setAll(all);
            selected.set(selectId == null ? null
                    : all.stream().filter(item -> idOf.apply(item).equals(selectId)).findFirst().orElse(null));
        }, this::failed);
    }

    /**
     * Runs a change in the background unless one is under way. On success: {@code afterSuccess}, the status
     * line says {@code doneMessage}, listeners hear of the change, and the list reloads with the entry whose
     * id {@code work} returned selected. On a refusal: a dialog with its reason.
     */
    public void change(Callable<UUID> work, String doneMessage, Runnable afterSuccess) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(work, id -> {
            busy.set(false);
            status.set(doneMessage);
            afterSuccess.run();
            onChanged.run();
            load(id);
        }, this::failed);
    }

    public void change(Callable<UUID> work, String doneMessage) {
        change(work, doneMessage, () -> { });
    }

    /** Sets the active flag of an entry to the opposite of {@code active}, saying so on the status line. */
    public void toggleActive(UUID id, String name, boolean active, BiConsumer<UUID, Boolean> setActive) {
        change(() -> {
            setActive.accept(id, !active);
            return id;
        }, messages.get().get(active ? "catalog.deactivated" : "catalog.activated", name));
    }

    /** Deletes an entry for good once the user confirms; the service refuses entries still in use. */
    public void deleteAfterConfirm(UUID id, String name, Consumer<UUID> delete) {
        if (busy.get() || !dialogs.confirm(messages.get().get("catalog.delete.confirm", name))) {
            return;
        }
        change(() -> {
            delete.accept(id);
            return null;
        }, messages.get().get("catalog.deleted", name));
    }

    /** Delete is offered when {@code allowed} (e.g. the user is an admin) and the selected entry is deletable. */
    public BooleanBinding deletableBinding(BooleanSupplier allowed, Predicate<T> deletable) {
        return Bindings.createBooleanBinding(() -> allowed.getAsBoolean() && selected.get() != null
                && deletable.test(selected.get()) && !busy.get(), selected, busy);
    }

    private void failed(Throwable error) {
        busy.set(false);
        dialogs.showError(Failures.describe(error, messages.get()), error);
    }

    /** Something is selected and nothing is under way. */
    public BooleanBinding actionableBinding() {
        return selected.isNotNull().and(busy.not());
    }

    public ObservableList<T> items() {
        return items;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public T selected() {
        return selected.get();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
