package vn.danvan.desk.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
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
import vn.danvan.desk.security.UserSession;

/**
 * The working-calendar section of the settings: a year's days off and the office's overrides, commands to add
 * a day off, make a day a working day or drop an override, and the holiday rules. Changes are for admins.
 */
public final class WorkingCalendarViewModel {

    public static final String DATE = "calendar.field.date";
    public static final String NAME = "calendar.field.name";
    public static final String TET_DAYS = "calendar.rules.tetDays";

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<CalendarEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<CalendarEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Integer> tetDays = new SimpleObjectProperty<>(HolidayRules.DEFAULT.tetDays());
    private final ObjectProperty<NationalDayAdjacent> nationalDayAdjacent =
            new SimpleObjectProperty<>(HolidayRules.DEFAULT.nationalDayAdjacent());
    private final ObservableList<NationalDayAdjacent> adjacentChoices =
            FXCollections.observableArrayList(NationalDayAdjacent.values());
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final CalendarService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final boolean editable;
    private final FormValidator form;
    private final FormValidator rulesForm;
    private boolean switchingYear;

    public WorkingCalendarViewModel(CalendarService service, TaskRunner runner, DialogService dialogs,
                                    Supplier<Messages> messages, UserSession session, int initialYear) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.editable = session.isAdmin();
        this.form = new FormValidator(messages);
        form.add(DATE, date, CalendarRules::date);
        form.add(NAME, name, CalendarRules::name);
        this.rulesForm = new FormValidator(messages);
        rulesForm.add(TET_DAYS, tetDays, CalendarRules::tetDays);
        year.set(initialYear);
        year.addListener((observable, old, value) -> {
            if (!switchingYear && value != null && CalendarRules.year(value).isEmpty()) {
                load();
            }
        });
        selected.addListener((observable, old, entry) -> fillForm(entry));
    }

    /** Loads the year's entries and the rules in the background. */
    public void load() {
        load(null);
    }

    private void load(LocalDate selectDate) {
        int shown = year.get();
        busy.set(true);
        runner.run(() -> new Loaded(service.entries(shown), service.rules()), loaded -> {
            busy.set(false);
            entries.setAll(loaded.entries());
            tetDays.set(loaded.rules().tetDays());
            nationalDayAdjacent.set(loaded.rules().nationalDayAdjacent());
            selected.set(selectDate == null ? null : loaded.entries().stream()
                    .filter(e -> e.date().equals(selectDate)).findFirst().orElse(null));
        }, this::failed);
    }

    public void addDayOff() {
        setOverride(true);
    }

    public void markWorkingDay() {
        setOverride(false);
    }

    private void setOverride(boolean dayOff) {
        if (!editable || busy.get() || !form.isValid()) {
            return;
        }
        LocalDate day = date.get();
        String text = name.get();
        String done = messages.get().get(dayOff ? "calendar.dayOffSaved" : "calendar.workingDaySaved",
                CalendarRules.format(day));
        change(() -> service.setOverride(day, dayOff, text), day, done);
    }

    /** Drops the office's decision for the selected date after the user confirms. */
    public void removeOverride() {
        CalendarEntry entry = selected.get();
        if (!editable || busy.get() || entry == null || !entry.fromOffice()) {
            return;
        }
        String day = CalendarRules.format(entry.date());
        if (!dialogs.confirm(messages.get().get("calendar.remove.confirm", day, nameText(entry)))) {
            return;
        }
        change(() -> {
            service.removeOverride(entry.date());
            return null;
        }, entry.date(), messages.get().get("calendar.overrideRemoved", day));
    }

    public void saveRules() {
        if (!editable || busy.get() || !rulesForm.isValid()) {
            return;
        }
        int days = tetDays.get();
        NationalDayAdjacent adjacent = nationalDayAdjacent.get();
        change(() -> service.saveRules(days, adjacent), null, messages.get().get("calendar.rulesSaved"));
    }

    private void change(Callable<?> work, LocalDate selectDate, String doneMessage) {
        busy.set(true);
        runner.run(work, result -> {
            busy.set(false);
            status.set(doneMessage);
            if (selectDate != null && selectDate.getYear() != year.get()) {
                switchingYear = true; // show the year of the changed date, loaded once below
                year.set(selectDate.getYear());
                switchingYear = false;
            }
            load(selectDate);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        dialogs.showError(Failures.describe(error, messages.get()), error);
    }

    private void fillForm(CalendarEntry entry) {
        if (entry == null) {
            return;
        }
        date.set(entry.date());
        name.set(entry.fromOffice() ? entry.name().officeText() : "");
    }

    public String dateText(CalendarEntry entry) {
        return CalendarRules.format(entry.date());
    }

    public String weekdayText(CalendarEntry entry) {
        return entry.date().getDayOfWeek().getDisplayName(TextStyle.FULL, messages.get().language().locale());
    }

    public String nameText(CalendarEntry entry) {
        return entry.name().text(messages.get());
    }

    public String kindText(CalendarEntry entry) {
        return messages.get().get(entry.dayOff() ? "calendar.kind.dayOff" : "calendar.kind.workingDay");
    }

    public String sourceText(CalendarEntry entry) {
        return messages.get().get(entry.fromOffice() ? "calendar.source.office" : "calendar.source.computed");
    }

    public boolean editable() {
        return editable;
    }

    public BooleanBinding canSetBinding() {
        return form.validProperty().and(busy.not()).and(new SimpleBooleanProperty(editable));
    }

    public BooleanBinding canRemoveBinding() {
        return Bindings.createBooleanBinding(() -> editable && !busy.get() && selected.get() != null
                && selected.get().fromOffice(), selected, busy);
    }

    public BooleanBinding canSaveRulesBinding() {
        return rulesForm.validProperty().and(busy.not()).and(nationalDayAdjacent.isNotNull())
                .and(new SimpleBooleanProperty(editable));
    }

    public FormValidator form() {
        return form;
    }

    public FormValidator rulesForm() {
        return rulesForm;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<CalendarEntry> entries() {
        return entries;
    }

    public ObjectProperty<CalendarEntry> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Integer> tetDaysProperty() {
        return tetDays;
    }

    public ObjectProperty<NationalDayAdjacent> nationalDayAdjacentProperty() {
        return nationalDayAdjacent;
    }

    public ObservableList<NationalDayAdjacent> adjacentChoices() {
        return adjacentChoices;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private record Loaded(List<CalendarEntry> entries, HolidayRules rules) {
    }
}
