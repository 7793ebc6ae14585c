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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.AppVersion;
import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.office.OfficeProfile;
import vn.danvan.desk.office.OfficeProfileForm;
import vn.danvan.desk.office.OfficeService;
import vn.danvan.desk.security.UserSession;

/** Settings: the interface language, where the data lives, and the office profile (editable by admins). */
public final class SettingsViewModel {

    private final ObservableList<AppLanguage> languages = FXCollections.observableArrayList(AppLanguage.values());
    private final ObjectProperty<AppLanguage> language = new SimpleObjectProperty<>();
    private final OfficeProfileForm office = new OfficeProfileForm();
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
        office.addRules(form);
    }

    public void load() {
        runner.run(offices::requireLocalOffice, this::fill);
    }

    private void fill(OfficeProfile profile) {
        officeId = profile.id();
        office.fill(profile);
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
        OfficeProfile profile = office.toProfile(officeId);
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

    public ObjectProperty<AppLanguage> languageProperty() {
        return language;
    }

    public OfficeProfileForm office() {
        return office;
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
