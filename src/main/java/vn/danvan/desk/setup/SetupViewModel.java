package vn.danvan.desk.setup;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeProfileForm;
import vn.danvan.desk.security.OfficerRules;

/** The first-start form: the office, its head, the first admin and the language. */
public final class SetupViewModel<R> {

    public static final String ADMIN_FULL_NAME = "officer.field.fullName";
    public static final String ADMIN_USERNAME = "officer.field.username";
    public static final String PASSWORD = "officer.field.password";
    public static final String PASSWORD_CONFIRM = "officer.field.passwordConfirm";

    private final OfficeProfileForm office = new OfficeProfileForm();
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordConfirm = new SimpleStringProperty("");
    private final ObjectProperty<AppLanguage> language = new SimpleObjectProperty<>(AppLanguage.VI);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<AppLanguage> languages = FXCollections.observableArrayList(AppLanguage.values());

    /** Creates the office (and, in the app, the keys and the encrypted database). */
    @FunctionalInterface
    public interface SetUp<R> {
        R setUp(SetupRequest request) throws Exception;
    }

    private final SetUp<R> setup;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final DialogService dialogs;
    private final Consumer<R> onDone;
    private final FormValidator form;

    public SetupViewModel(SetUp<R> setup, TaskRunner runner, Supplier<Messages> messages, DialogService dialogs,
                          Consumer<R> onDone) {
        this.setup = setup;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.onDone = onDone;
        this.form = new FormValidator(messages);
        office.addRules(form);
        form.add(ADMIN_FULL_NAME, adminFullName, OfficerRules::fullName);
        form.add(ADMIN_USERNAME, adminUsername, value -> OfficerRules.username(OfficerRules.normaliseUsername(value)));
        form.add(PASSWORD, password, OfficerRules::password);
        form.add(PASSWORD_CONFIRM, passwordConfirm, value -> OfficerRules.confirmation(password.get(), value),
                password);
    }

    /** Creates the office and the admin in the background; on success the main window opens. */
    public void submit() {
        if (busy.get() || !form.isValid()) {
            return;
        }
        busy.set(true);
        OfficeProfile profile = office.toProfile(null);
        SetupRequest request = new SetupRequest(profile.name(), profile.level(), profile.province(),
                profile.communeCode(), profile.higherLevelName(), profile.headName(), profile.headTitle(),
                adminFullName.get(), adminUsername.get(), password.get(), language.get());
        runner.run(() -> setup.setUp(request), result -> {
            busy.set(false);
            password.set("");
            passwordConfirm.set("");
            onDone.accept(result);
        }, error -> {
            busy.set(false);
            dialogs.showError(Failures.describe(error, messages.get()), error);
        });
    }

    public FormValidator form() {
        return form;
    }

    public OfficeProfileForm office() {
        return office;
    }

    public StringProperty adminFullNameProperty() {
        return adminFullName;
    }

    public StringProperty adminUsernameProperty() {
        return adminUsername;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordConfirmProperty() {
        return passwordConfirm;
    }

    public ObjectProperty<AppLanguage> languageProperty() {
        return language;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<AppLanguage> languages() {
        return languages;
    }
}
