package vn.danvan.desk.catalog.officer;

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
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.Failures;
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

    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<OfficerRole> roles = FXCollections.observableArrayList(OfficerRole.values());
    private final ObjectProperty<Officer> selected = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<OfficerRole> role = new SimpleObjectProperty<>(OfficerRole.OFFICER);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordConfirm = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final OfficerService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final FormValidator form;

    public OfficersViewModel(OfficerService service, TaskRunner runner, DialogService dialogs,
                             Supplier<Messages> messages, UserSession session) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.session = session;
        this.form = new FormValidator(messages);
        form.add(USERNAME, username, value -> OfficerRules.username(OfficerRules.normaliseUsername(value)));
        form.add(FULL_NAME, fullName, OfficerRules::fullName);
        form.add("officer.field.role", role, OfficerRules::role);
        form.add(PASSWORD, password, OfficerRules::password);
        form.add(CONFIRM, passwordConfirm, value -> OfficerRules.confirmation(password.get(), value), password);
    }

    public void load() {
        load(null);
    }

    private void load(UUID selectId) {
        if (!session.isAdmin()) {
            return;
        }
        busy.set(true);
        runner.run(service::all, (List<Officer> all) -> {
            busy.set(false);
            officers.setAll(all);
            selected.set(selectId == null ? null
                    : all.stream().filter(o -> o.id().equals(selectId)).findFirst().orElse(null));
        }, this::failed);
    }

    public void add() {
        if (busy.get() || !form.isValid() || !session.isAdmin()) {
            return;
        }
        NewOfficer request = new NewOfficer(username.get(), fullName.get(), role.get(), password.get());
        run(() -> service.add(request).id(), "officer.added", request.username().strip(), () -> {
            username.set("");
            fullName.set("");
            role.set(OfficerRole.OFFICER);
            password.set("");
            passwordConfirm.set("");
        });
    }

    public void toggleActive() {
        Officer current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        run(() -> {
            service.setActive(current.id(), !current.active());
            return current.id();
        }, current.active() ? "catalog.deactivated" : "catalog.activated", current.username(), () -> { });
    }

    public void toggleRole() {
        Officer current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        OfficerRole newRole = current.isAdmin() ? OfficerRole.OFFICER : OfficerRole.ADMIN;
        run(() -> {
            service.setRole(current.id(), newRole);
            return current.id();
        }, "officer.roleChanged", current.username(), () -> { });
    }

    public void resetPassword() {
        Officer current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        dialogs.askNewPassword(messages.get().get("officer.resetPassword.prompt", current.username()))
                .ifPresent(newPassword -> run(() -> {
                    service.resetPassword(current.id(), newPassword);
                    return current.id();
                }, "officer.passwordReset", current.username(), () -> { }));
    }

    private void run(Callable<UUID> work, String doneKey, Object argument, Runnable afterSuccess) {
        busy.set(true);
        runner.run(work, id -> {
            busy.set(false);
            status.set(messages.get().get(doneKey, argument));
            afterSuccess.run();
            load(id);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        dialogs.showError(Failures.describe(error, messages.get()), error);
    }

    public BooleanBinding canAddBinding() {
        return form.validProperty().and(busy.not());
    }

    public BooleanBinding hasSelectionBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<Officer> officers() {
        return officers;
    }

    public ObservableList<OfficerRole> roles() {
        return roles;
    }

    public ObjectProperty<Officer> selectedProperty() {
        return selected;
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
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
