package vn.danvan.desk.catalog.field;

import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import vn.danvan.desk.catalog.CatalogList;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.UserSession;

/** The petition fields tab: edit, reorder, deactivate; delete only unused ones (admin). */
public final class FieldsViewModel {

    public static final String NAME = "field.field.name";

    private final StringProperty name = new SimpleStringProperty("");
    private final FieldService service;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final CatalogList<PetitionField> list;
    private final FormValidator form;

    public FieldsViewModel(FieldService service, TaskRunner runner, DialogService dialogs,
                           Supplier<Messages> messages, UserSession session, Runnable onChanged) {
        this.service = service;
        this.messages = messages;
        this.session = session;
        this.list = new CatalogList<>(service::all, PetitionField::id, runner, dialogs, messages, onChanged);
        this.form = new FormValidator(messages);
        form.add(NAME, name, CatalogRules::longName);
        list.selectedProperty().addListener((observable, old, field) -> name.set(field == null ? "" : field.name()));
    }

    public void load() {
        list.load(null);
    }

    public void startNew() {
        list.selectedProperty().set(null);
        name.set("");
    }

    public void save() {
        if (!form.isValid()) {
            return;
        }
        PetitionField current = list.selected();
        String newName = name.get();
        list.change(() -> {
            if (current == null) {
                return service.add(newName).id();
            }
            service.rename(current.id(), newName);
            return current.id();
        }, messages.get().get("catalog.saved", newName.strip()));
    }

    public void toggleActive() {
        PetitionField current = list.selected();
        if (current != null) {
            list.toggleActive(current.id(), current.name(), current.active(), service::setActive);
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int direction) {
        PetitionField current = list.selected();
        if (current == null) {
            return;
        }
        list.change(() -> {
            service.move(current.id(), direction);
            return current.id();
        }, messages.get().get("field.moved", current.name()));
    }

    public void delete() {
        PetitionField current = list.selected();
        if (current != null) {
            list.deleteAfterConfirm(current.id(), current.name(), service::delete);
        }
    }

    public BooleanBinding canSaveBinding() {
        return form.validProperty().and(list.busyProperty().not());
    }

    public BooleanBinding hasSelectionBinding() {
        return list.actionableBinding();
    }

    /** Delete is offered to admins for fields that nothing uses yet. */
    public BooleanBinding canDeleteBinding() {
        return list.deletableBinding(session::isAdmin, entry -> !entry.used());
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<PetitionField> fields() {
        return list.items();
    }

    public ObjectProperty<PetitionField> selectedProperty() {
        return list.selectedProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty busyProperty() {
        return list.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return list.statusProperty();
    }
}
