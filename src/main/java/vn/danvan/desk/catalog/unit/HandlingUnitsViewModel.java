package vn.danvan.desk.catalog.unit;

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
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.UserSession;

/** The handling units tab: commune bodies and outside agencies. */
public final class HandlingUnitsViewModel {

    public static final String NAME = "unit.field.name";
    public static final String CONTACT = "unit.field.contact";

    private final ObservableList<HandlingUnit> units = FXCollections.observableArrayList();
    private final ObservableList<HandlingUnitKind> kinds = FXCollections.observableArrayList(HandlingUnitKind.values());
    private final ObjectProperty<HandlingUnit> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<HandlingUnitKind> kind = new SimpleObjectProperty<>(HandlingUnitKind.COMMUNE);
    private final StringProperty contact = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final HandlingUnitService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final Runnable onChanged;
    private final FormValidator form;

    public HandlingUnitsViewModel(HandlingUnitService service, TaskRunner runner, DialogService dialogs,
                                  Supplier<Messages> messages, UserSession session, Runnable onChanged) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = session;
        this.onChanged = onChanged;
        this.form = new FormValidator(messages);
        form.add(NAME, name, CatalogRules::longName);
        form.add("unit.field.kind", kind, CatalogRules::choice);
        form.add(CONTACT, contact, value -> TextRules.maxLength(value, HandlingUnitService.CONTACT_MAX));
        selected.addListener((observable, old, unit) -> {
            name.set(unit == null ? "" : unit.name());
            kind.set(unit == null ? HandlingUnitKind.COMMUNE : unit.kind());
            contact.set(unit == null || unit.contact() == null ? "" : unit.contact());
        });
    }

    public void load() {
        load(null);
    }

    private void load(UUID selectId) {
        busy.set(true);
        runner.run(service::all, (List<HandlingUnit> all) -> {
            busy.set(false);
            units.setAll(all);
            selected.set(selectId == null ? null
                    : all.stream().filter(u -> u.id().equals(selectId)).findFirst().orElse(null));
        }, this::failed);
    }

    public void startNew() {
        selected.set(null);
    }

    public void save() {
        if (busy.get() || !form.isValid()) {
            return;
        }
        HandlingUnit current = selected.get();
        String newName = name.get();
        HandlingUnitKind newKind = kind.get();
        String newContact = contact.get();
        run(() -> {
            if (current == null) {
                return service.add(newName, newKind, newContact).id();
            }
            service.update(current.id(), newName, newKind, newContact);
            return current.id();
        }, "catalog.saved", newName.strip());
    }

    public void toggleActive() {
        HandlingUnit current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        run(() -> {
            service.setActive(current.id(), !current.active());
            return current.id();
        }, current.active() ? "catalog.deactivated" : "catalog.activated", current.name());
    }

    public void delete() {
        HandlingUnit current = selected.get();
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

    public BooleanBinding canDeleteBinding() {
        return Bindings.createBooleanBinding(() -> session.isAdmin() && selected.get() != null
                && !selected.get().used() && !busy.get(), selected, busy);
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<HandlingUnit> units() {
        return units;
    }

    public ObservableList<HandlingUnitKind> kinds() {
        return kinds;
    }

    public ObjectProperty<HandlingUnit> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<HandlingUnitKind> kindProperty() {
        return kind;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
