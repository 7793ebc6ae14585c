package vn.danvan.desk.settings;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
import vn.danvan.desk.AppVersion;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.office.OfficeLevel;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeRules;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.security.UserSession;

/** Settings: the interface language, where the data lives, and the office profile (editable by admins). */
public final class SettingsViewModel {

    public static final String OFFICE_NAME = "office.field.name";
    public static final String PROVINCE = "office.field.province";
    public static final String COMMUNE_CODE = "office.field.communeCode";
    public static final String HIGHER_LEVEL = "office.field.higherLevel";
    public static final String HEAD_NAME = "office.field.headName";
    public static final String HEAD_TITLE = "office.field.headTitle";

    private final ObservableList<AppLanguage> languages = FXCollections.observableArrayList(AppLanguage.values());
    private final ObservableList<OfficeLevel> levels = FXCollections.observableArrayList(OfficeLevel.values());
    private final ObjectProperty<AppLanguage> language = new SimpleObjectProperty<>();
    private final StringProperty officeName = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.XA);
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty communeCode = new SimpleStringProperty("");
    private final StringProperty higherLevel = new SimpleStringProperty("");
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty headTitle = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final String dataFolder;
    private final String databaseFile;
    private final String versions;

    private final OfficeService offices;
    private final LocalPreferences preferences;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final UserSession session;
    private final Consumer<AppLanguage> onLanguageChanged;
    private final FormValidator form;
    private UUID officeId;

    public SettingsViewModel(OfficeService offices, LocalPreferences preferences, Path dataFolder, Path databaseFile,
                             String schemaVersion, TaskRunner runner, Supplier<Messages> messages,
                             UserSession session, Consumer<AppLanguage> onLanguageChanged) {
        this.offices = offices;
        this.preferences = preferences;
        this.runner = runner;
        this.messages = messages;
        this.session = session;
        this.onLanguageChanged = onLanguageChanged;
        this.dataFolder = dataFolder.toString();
        this.databaseFile = databaseFile.toString();
        this.versions = messages.get().get("settings.versions", AppVersion.current(), schemaVersion);
        this.language.set(messages.get().language());
        this.form = new FormValidator(messages);
        form.add(OFFICE_NAME, officeName, OfficeRules::name);
        form.add("office.field.level", level, OfficeRules::level);
        form.add(PROVINCE, province, OfficeRules::province);
        form.add(COMMUNE_CODE, communeCode, OfficeRules::communeCode);
        form.add(HIGHER_LEVEL, higherLevel, OfficeRules::higherLevel);
        form.add(HEAD_NAME, headName, OfficeRules::person);
        form.add(HEAD_TITLE, headTitle, OfficeRules::person);
    }

    public void load() {
        runner.run(offices::requireLocalOffice, this::fill);
    }

    private void fill(OfficeProfile profile) {
        officeId = profile.id();
        officeName.set(profile.name());
        level.set(profile.level());
        province.set(profile.province());
        communeCode.set(nullToEmpty(profile.communeCode()));
        higherLevel.set(profile.higherLevelName());
        headName.set(nullToEmpty(profile.headName()));
        headTitle.set(nullToEmpty(profile.headTitle()));
        loaded.set(true);
    }

    /** Stores the chosen language and rebuilds the window in it. */
    public void applyLanguage() {
        AppLanguage chosen = language.get();
        if (chosen == null || chosen == messages.get().language() || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            preferences.setLanguage(chosen);
            return chosen;
        }, applied -> {
            busy.set(false);
            onLanguageChanged.accept(applied);
        }, this::failed);
    }

    public void saveProfile() {
        if (busy.get() || !form.isValid() || !session.isAdmin() || officeId == null) {
            return;
        }
        OfficeProfile profile = new OfficeProfile(officeId, officeName.get(), level.get(), province.get(),
                communeCode.get(), higherLevel.get(), headName.get(), headTitle.get());
        busy.set(true);
        runner.run(() -> {
            offices.update(profile);
            return offices.requireLocalOffice();
        }, saved -> {
            busy.set(false);
            fill(saved);
            status.set(messages.get().get("settings.profile.saved"));
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(Failures.describe(error, messages.get()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public BooleanBinding canSaveProfileBinding() {
        return form.validProperty().and(busy.not()).and(loaded).and(new SimpleBooleanProperty(session.isAdmin()));
    }

    public boolean profileEditable() {
        return session.isAdmin();
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<AppLanguage> languages() {
        return languages;
    }

    public ObservableList<OfficeLevel> levels() {
        return levels;
    }

    public ObjectProperty<AppLanguage> languageProperty() {
        return language;
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String dataFolder() {
        return dataFolder;
    }

    public String databaseFile() {
        return databaseFile;
    }

    public String versions() {
        return versions;
    }
}
