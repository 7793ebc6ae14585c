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
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.office.OfficeRules;
import vn.danvan.desk.security.Officer;
import vn.danvan.desk.security.OfficerRules;

/** The first-start form: the office, its head, the first admin and the language. */
public final class SetupViewModel {

    public static final String OFFICE_NAME = "office.field.name";
    public static final String LEVEL = "office.field.level";
    public static final String PROVINCE = "office.field.province";
    public static final String COMMUNE_CODE = "office.field.communeCode";
    public static final String HIGHER_LEVEL = "office.field.higherLevel";
    public static final String HEAD_NAME = "office.field.headName";
    public static final String HEAD_TITLE = "office.field.headTitle";
    public static final String ADMIN_FULL_NAME = "officer.field.fullName";
    public static final String ADMIN_USERNAME = "officer.field.username";
    public static final String PASSWORD = "officer.field.password";
    public static final String PASSWORD_CONFIRM = "officer.field.passwordConfirm";

    private final StringProperty officeName = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.XA);
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty communeCode = new SimpleStringProperty("");
    private final StringProperty higherLevel = new SimpleStringProperty("");
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty headTitle = new SimpleStringProperty("");
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordConfirm = new SimpleStringProperty("");
    private final ObjectProperty<AppLanguage> language = new SimpleObjectProperty<>(AppLanguage.VI);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<OfficeLevel> levels = FXCollections.observableArrayList(OfficeLevel.values());
    private final ObservableList<AppLanguage> languages = FXCollections.observableArrayList(AppLanguage.values());

    private final SetupService setup;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final DialogService dialogs;
    private final Consumer<Officer> onDone;
    private final FormValidator form;

    public SetupViewModel(SetupService setup, TaskRunner runner, Supplier<Messages> messages, DialogService dialogs,
                          Consumer<Officer> onDone) {
        this.setup = setup;
        this.runner = runner;
        this.messages = messages;
        this.dialogs = dialogs;
        this.onDone = onDone;
        this.form = new FormValidator(messages);
        form.add(OFFICE_NAME, officeName, OfficeRules::name);
        form.add(LEVEL, level, OfficeRules::level);
        form.add(PROVINCE, province, OfficeRules::province);
        form.add(COMMUNE_CODE, communeCode, OfficeRules::communeCode);
        form.add(HIGHER_LEVEL, higherLevel, OfficeRules::higherLevel);
        form.add(HEAD_NAME, headName, OfficeRules::person);
        form.add(HEAD_TITLE, headTitle, OfficeRules::person);
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
        SetupRequest request = new SetupRequest(officeName.get(), level.get(), province.get(), communeCode.get(),
                higherLevel.get(), headName.get(), headTitle.get(), adminFullName.get(), adminUsername.get(),
                password.get(), language.get());
        runner.run(() -> setup.setUp(request), officer -> {
            busy.set(false);
            password.set("");
            passwordConfirm.set("");
            onDone.accept(officer);
        }, error -> {
            busy.set(false);
            dialogs.showError(Failures.describe(error, messages.get()), error);
        });
    }

    public FormValidator form() {
        return form;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public ObjectProperty<OfficeLevel> levelProperty() {
        return level;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty communeCodeProperty() {
        return communeCode;
    }

    public StringProperty higherLevelProperty() {
        return higherLevel;
    }

    public StringProperty headNameProperty() {
        return headName;
    }

    public StringProperty headTitleProperty() {
        return headTitle;
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

    public ObservableList<OfficeLevel> levels() {
        return levels;
    }

    public ObservableList<AppLanguage> languages() {
        return languages;
    }
}
