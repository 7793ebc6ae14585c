package vn.danvan.desk.catalog.unit;

import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.catalog.CatalogList;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.TextRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.UserSession;

/** The handling units tab: commune bodies and outside agencies. */
public final class HandlingUnitsViewModel {

    public static final String NAME = "unit.field.name";
    public static final String CONTACT = "unit.field.contact";

    private final ObservableList<HandlingUnitKind> kinds = FXCollections.observableArrayList(HandlingUnitKind.values());
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<HandlingUnitKind> kind = new SimpleObjectProperty<>(HandlingUnitKind.COMMUNE);
    private final StringProperty contact = new SimpleStringProperty("");

    private final HandlingUnitService service;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final CatalogList<HandlingUnit> list;
    private final FormValidator form;

    public HandlingUnitsViewModel(HandlingUnitService service, TaskRunner runner, DialogService dialogs,
                                  Supplier<Messages> messages, UserSession session, Runnable onChanged) {
        this.service = service;
        this.messages = messages;
        this.session = session;
        this.list = new CatalogList<>(service::all, HandlingUnit::id, runner, dialogs, messages, onChanged);
        this.form = new FormValidator(messages);
        form.add(NAME, name, CatalogRules::longName);
        form.add("unit.field.kind", kind, CatalogRules::choice);
        form.add(CONTACT, contact, value -> TextRules.maxLength(value, HandlingUnitService.CONTACT_MAX));
        list.selectedProperty().addListener((observable, old, unit) -> {
            name.set(unit == null ? "" : unit.name());
            kind.set(unit == null ? HandlingUnitKind.COMMUNE : unit.kind());
            contact.set(unit == null || unit.contact() == null ? "" : unit.contact());
        });
    }

    public void load() {
        list.load(null);
    }

    public void startNew() {
        list.selectedProperty().set(null);
    }

    public void save() {
        if (!form.isValid()) {
            return;
        }
        HandlingUnit current = list.selected();
        String newName = name.get();
        HandlingUnitKind newKind = kind.get();
        String newContact = contact.get();
        list.change(() -> {
            if (current == null) {
                return service.add(newName, newKind, newContact).id();
            }
            service.update(current.id(), newName, newKind, newContact);
            return current.id();
        }, messages.get().get("catalog.saved", newName.strip()));
    }

    public void toggleActive() {
        HandlingUnit current = list.selected();
        if (current != null) {
            list.toggleActive(current.id(), current.name(), current.active(), service::setActive);
        }
    }

    public void delete() {
        HandlingUnit current = list.selected();
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

    public BooleanBinding canDeleteBinding() {
        return list.deletableBinding(session::isAdmin, entry -> !entry.used());
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<HandlingUnit> units() {
        return list.items();
    }

    public ObservableList<HandlingUnitKind> kinds() {
        return kinds;
    }

    public ObjectProperty<HandlingUnit> selectedProperty() {
        return list.selectedProperty();
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
        return list.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return list.statusProperty();
    }
}
