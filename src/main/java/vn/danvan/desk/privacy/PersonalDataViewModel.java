package vn.danvan.desk.privacy;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * The "Dữ liệu cá nhân" section of Settings (admins): find a citizen by ID number or id, export what is held
 * about them, anonymise them after the ID number is typed again, and the retention rule. All work runs on the
 * task runner, never on the FX thread.
 */
public final class PersonalDataViewModel {

    private final PersonalDataService service;
    private final CitizenRetention retention;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;

    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<PersonalDataService.Subject> subject = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty confirming = new SimpleBooleanProperty(false);
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper confirmationHint = new ReadOnlyStringWrapper("");
    private final StringProperty retentionYears = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper retentionStatus = new ReadOnlyStringWrapper("");
    private final BooleanBinding confirmed;
    private final boolean admin;
    /** What must be typed to confirm: the ID number found, or the citizen's id when they have none. */
    private String expected = "";

    public PersonalDataViewModel(PersonalDataService service, CitizenRetention retention, TaskRunner runner,
                                 Supplier<Messages> messages, Supplier<Actor> actor) {
        this.service = service;
        this.retention = retention;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        this.admin = actor.get().admin();
        this.confirmed = Bindings.createBooleanBinding(() -> !expected.isEmpty()
                && confirmation.get().replaceAll("\\s", "").equalsIgnoreCase(expected), confirmation, subject);
        reference.addListener((observable, old, now) -> clearFound());
    }

    public boolean admin() {
        return admin;
    }

    public void loadRetention() {
        if (admin) {
            runner.run(retention::years, years -> retentionYears.set(Integer.toString(years)));
        }
    }

    public void find() {
        String text = reference.get();
        Actor who = actor.get();
        busy.set(true);
        runner.run(() -> service.find(text, who), this::show, () -> busy.set(false));
    }

    private void show(PersonalDataService.Subject found) {
        subject.set(found);
        HeldCitizen first = found.first();
        expected = first.idNumber() != null ? first.idNumber() : first.id().toString();
        this.found.set(found.anonymised()
                ? messages.get().get("privacy.found.anonymised", found.petitions())
                : messages.get().get("privacy.found", first.fullName(), first.idNumber() == null ? "—"
                        : first.idNumber(), first.villageName() == null ? "—" : first.villageName(),
                        found.petitions(), found.opinions()));
        status.set("");
    }

    private void clearFound() {
        subject.set(null);
        found.set("");
        confirming.set(false);
        confirmation.set("");
    }

    /** A file name to offer in the save dialog: {@code du-lieu-ca-nhan-<ID number>.zip}. */
    public String suggestedFileName() {
        return "du-lieu-ca-nhan-" + expected.replaceAll("[^A-Za-z0-9-]", "") + ".zip";
    }

    public void export(Path target) {
        String text = reference.get();
        Actor who = actor.get();
        Messages language = messages.get();
        busy.set(true);
        runner.run(() -> service.export(text, target, who, language), data -> status.set(language.get(
                "privacy.exported", data.petitions().size(), data.opinions().size(), data.attachmentCount(),
                target.toAbsolutePath())), () -> busy.set(false));
    }

    /** Shows the confirmation: the ID number must be typed again before anything is erased. */
    public void askToAnonymise() {
        confirmation.set("");
        confirmationHint.set(messages.get().get("privacy.anonymise.warning", expected));
        confirming.set(true);
    }

    public void cancelAnonymise() {
        confirming.set(false);
        confirmation.set("");
    }

    /** Whether what was typed is the ID number found (spaces aside). */
    public BooleanBinding confirmed() {
        return confirmed;
    }

    private record Anonymised(int count, PersonalDataService.Subject after) {
    }

    public void anonymise() {
        if (!confirmed.get() || subject.get() == null) {
            return;
        }
        String text = reference.get();
        String citizenId = subject.get().first().id().toString();
        Actor who = actor.get();
        busy.set(true);
        runner.run(() -> new Anonymised(service.anonymise(text, who), service.find(citizenId, who)), result -> {
            confirming.set(false);
            show(result.after());
            status.set(messages.get().get("privacy.anonymised", result.count()));
        }, () -> busy.set(false));
    }

    public void saveRetention() {
        int years;
        try {
            years = Integer.parseInt(retentionYears.get().strip());
        } catch (NumberFormatException e) {
            retentionStatus.set(messages.get().get("error.privacy.retentionYears", CitizenRetention.MAX_YEARS));
            return;
        }
        Actor who = actor.get();
        runner.run(() -> {
            retention.setYears(years, who);
            return retention.due(years, who);
        }, due -> retentionStatus.set(years == 0 ? messages.get().get("privacy.retention.savedOff")
                : messages.get().get("privacy.retention.saved", years, due)));
    }

    public StringProperty referenceProperty() { return reference; }
    public ObjectProperty<PersonalDataService.Subject> subjectProperty() { return subject; }
    public ReadOnlyStringProperty foundProperty() { return found.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public BooleanProperty confirmingProperty() { return confirming; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ReadOnlyStringProperty confirmationHintProperty() { return confirmationHint.getReadOnlyProperty(); }
    public StringProperty retentionYearsProperty() { return retentionYears; }
    public ReadOnlyStringProperty retentionStatusProperty() { return retentionStatus.getReadOnlyProperty(); }
}
