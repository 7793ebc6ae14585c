package vn.danvan.desk.catalog.field;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.UserSession;

/** The petition fields tab: edit, reorder, deactivate; delete only unused ones (admin). */
public final class FieldsViewModel {

    public static final String NAME = "field.field.name";

    private final ObservableList<PetitionField> fields = FXCollections.observableArrayList();
    private final ObjectProperty<PetitionField> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final FieldService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final Runnable onChanged;
    private final FormValidator form;

    public FieldsViewModel(FieldService service, TaskRunner runner, DialogService dialogs,
                           Supplier<Messages> messages, UserSession session, Runnable onChanged) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = session;
        this.onChanged = onChanged;
        this.form = new FormValidator(messages);
        form.add(NAME, name, CatalogRules::longName);
        selected.addListener((observable, old, field) -> name.set(field == null ? "" : field.name()));
    }

    public void load() {
        load(null);
    }

    private void load(UUID selectId) {
        busy.set(true);
        runner.run(service::all, (List<PetitionField> all) -> {
            busy.set(false);
            fields.setAll(all);
            selected.set(selectId == null ? null
                    : all.stream().filter(f -> f.id().equals(selectId)).findFirst().orElse(null));
        }, this::failed);
    }

    public void startNew() {
        selected.set(null);
        name.set("");
    }

    public void save() {
        if (busy.get() || !form.isValid()) {
            return;
        }
        PetitionField current = selected.get();
        String newName = name.get();
        run(() -> {
            if (current == null) {
                return service.add(newName).id();
            }
            service.rename(current.id(), newName);
            return current.id();
        }, "catalog.saved", newName.strip());
    }

    public void toggleActive() {
        PetitionField current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        run(() -> {
            service.setActive(current.id(), !current.active());
            return current.id();
        }, current.active() ? "catalog.deactivated" : "catalog.activated", current.name());
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int direction) {
        PetitionField current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        run(() -> {
            service.move(current.id(), direction);
            return current.id();
        }, "field.moved", current.name());
    }

    public void delete() {
        PetitionField current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get().get("catalog.delete.confirm", current.name()))) {
            return;
        }
        run(() -> {
            service.delete(current.id());
            return null;
        }, "catalog.deleted", current.name());
    }

    private void run(Callable<UUID> work, String doneKey, Object argument) {
        busy.set(true);
        runner.run(work, id -> {
            busy.set(false);
            status.set(messages.get().get(doneKey, argument));
            onChanged.run();
            load(id);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        dialogs.showError(Failures.describe(error, messages.get()), error);
    }

    public BooleanBinding canSaveBinding() {
        return form.validProperty().and(busy.not());
    }

    public BooleanBinding hasSelectionBinding() {
        return selected.isNotNull().and(busy.not());
    }

    /** Delete is offered to admins for fields that nothing uses yet. */
    public BooleanBinding canDeleteBinding() {
        return Bindings.createBooleanBinding(() -> session.isAdmin() && selected.get() != null
                && !selected.get().used() && !busy.get(), selected, busy);
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<PetitionField> fields() {
        return fields;
    }

    public ObjectProperty<PetitionField> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
