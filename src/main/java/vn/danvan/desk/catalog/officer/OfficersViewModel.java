package vn.danvan.desk.catalog.officer;

import java.util.List;
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
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.NewOfficer;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.OfficerRole;
import vn.danvan.desk.security.OfficerRules;
import vn.danvan.desk.security.OfficerService;
import vn.danvan.desk.security.UserSession;

/** The officers tab (admins only): add accounts, deactivate, change role, reset password. */
public final class OfficersViewModel {

    public static final String USERNAME = "officer.field.username";
    public static final String FULL_NAME = "officer.field.fullName";
    public static final String PASSWORD = "officer.field.password";
    public static final String CONFIRM = "officer.field.passwordConfirm";

    private final ObservableList<OfficerRole> roles = FXCollections.observableArrayList(OfficerRole.values());
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<OfficerRole> role = new SimpleObjectProperty<>(OfficerRole.OFFICER);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordConfirm = new SimpleStringProperty("");

    private final OfficerService service;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final CatalogList<Officer> list;
    private final FormValidator form;

    public OfficersViewModel(OfficerService service, TaskRunner runner, DialogService dialogs,
                             Supplier<Messages> messages, UserSession session) {
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = session;
        this.list = new CatalogList<>(() -> session.isAdmin() ? service.all() : List.of(), Officer::id, runner,
                dialogs, messages, () -> { });
        this.form = new FormValidator(messages);
        form.add(USERNAME, username, value -> OfficerRules.username(OfficerRules.normaliseUsername(value)));
        form.add(FULL_NAME, fullName, OfficerRules::fullName);
        form.add("officer.field.role", role, OfficerRules::role);
        form.add(PASSWORD, password, OfficerRules::password);
        form.add(CONFIRM, passwordConfirm, value -> OfficerRules.confirmation(password.get(), value), password);
    }

    public void load() {
        list.load(null);
    }

    public void add() {
        if (!form.isValid() || !session.isAdmin()) {
            return;
        }
        NewOfficer request = new NewOfficer(username.get(), fullName.get(), role.get(), password.get());
        list.change(() -> service.add(request).id(),
                messages.get().get("officer.added", OfficerRules.normaliseUsername(request.username())), () -> {
                    username.set("");
                    fullName.set("");
                    role.set(OfficerRole.OFFICER);
                    password.set("");
                    passwordConfirm.set("");
                });
    }

    public void toggleActive() {
        Officer current = list.selected();
        if (current == null) {
            return;
        }
        list.toggleActive(current.id(), current.username(), current.active(), service::setActive);
    }

    public void toggleRole() {
        Officer current = list.selected();
        if (current == null) {
            return;
        }
        OfficerRole newRole = current.isAdmin() ? OfficerRole.OFFICER : OfficerRole.ADMIN;
        list.change(() -> {
            service.setRole(current.id(), newRole);
            return current.id();
        }, messages.get().get("officer.roleChanged", current.username()));
    }

    public void resetPassword() {
        Officer current = list.selected();
        if (current == null || list.isBusy()) {
            return;
        }
        dialogs.askNewPassword(messages.get().get("officer.resetPassword.prompt", current.username()))
                .ifPresent(newPassword -> list.change(() -> {
                    service.resetPassword(current.id(), newPassword);
                    return current.id();
                }, messages.get().get("officer.passwordReset", current.username())));
    }

    public BooleanBinding canAddBinding() {
        return form.validProperty().and(list.busyProperty().not());
    }

    public BooleanBinding hasSelectionBinding() {
        return list.actionableBinding();
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<Officer> officers() {
        return list.items();
    }

    public ObservableList<OfficerRole> roles() {
        return roles;
    }

    public ObjectProperty<Officer> selectedProperty() {
        return list.selectedProperty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<OfficerRole> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordConfirmProperty() {
        return passwordConfirm;
    }

    public BooleanProperty busyProperty() {
        return list.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return list.statusProperty();
    }
}
