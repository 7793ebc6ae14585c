package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.Problem;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.security.Actor;

/**
 * The status-change dialog, for one petition or for a selection (all-or-nothing): the next statuses allowed, and
 * only the inputs the chosen step needs, checked as the user types with the same rules the service enforces.
 */
public final class StatusChangeViewModel {

    private final ObservableList<PetitionStatus> targets = FXCollections.observableArrayList();
    private final ObjectProperty<PetitionStatus> target = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<NamedRef> unit = new SimpleObjectProperty<>();
    private final StringProperty agency = new SimpleStringProperty("");
    private final StringProperty docNo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> newDueDate = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty(false);
    private final BooleanProperty newDueUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<Satisfaction> satisfaction = new SimpleObjectProperty<>();
    private final ObservableList<NamedRef> units = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final List<Petition> petitions;
    private final PetitionService service;
    private final TaskRunner runner;
    private final Supplier<Actor> actor;
    private final Runnable onDone;
    private final FormValidator form;
    private final Supplier<Messages> messages;

    @SuppressWarnings("unchecked")
    public StatusChangeViewModel(List<Petition> petitions, List<NamedRef> unitChoices, PetitionService service,
                                 OfficeClock clock, TaskRunner runner, Supplier<Messages> messages,
                                 Supplier<Actor> actor, Runnable onDone) {
        this.petitions = List.copyOf(petitions);
        this.service = service;
        this.runner = runner;
        this.actor = actor;
        this.onDone = onDone;
        this.messages = messages;
        this.units.setAll(unitChoices);
        Set<PetitionStatus> allowed = EnumSet.allOf(PetitionStatus.class);
        petitions.forEach(p -> allowed.retainAll(p.status().next()));
        targets.setAll(allowed);
        date.set(clock.today());
        Petition first = petitions.get(0);
        if (first.handlingUnitId() != null) {
            units.stream().filter(u -> u.id().equals(first.handlingUnitId())).findFirst().ifPresent(unit::set);
        }
        form = new FormValidator(messages);
        form.add("statusChange.target", target,
                t -> t == null ? Problem.of("validation.petition.chooseStatus") : Problem.none());
        for (ChangeField field : ChangeField.values()) {
            javafx.beans.value.ObservableValue<?> source = switch (field) {
                case DATE -> date;
                case NOTE -> note;
                case UNIT -> unit;
                case AGENCY -> agency;
                case DOC_NO -> docNo;
                case NEW_DUE_DATE -> newDueDate;
                case RESULT -> result;
                case SATISFACTION -> satisfaction;
            };
            form.add(field.messageKey(), (javafx.beans.value.ObservableValue<Object>) source,
                    value -> problemOf(field, clock.today()), target, date, note, unit,
                    agency, docNo, newDueDate, result, dateUnreadable, newDueUnreadable);
        }
        if (targets.size() == 1) {
            target.set(targets.get(0));
        }
    }

    /** The change as filled in. */
    public StatusChange change() {
        return new StatusChange(target.get(), date.get(), note.get(), unit.get() == null ? null : unit.get().id(),
                agency.get(), docNo.get(), newDueDate.get(), result.get(), satisfaction.get());
    }

    private Optional<Problem> problemOf(ChangeField field, LocalDate today) {
        if (target.get() == null) {
            return Problem.none();
        }
        if (field == ChangeField.DATE && dateUnreadable.get()
                || field == ChangeField.NEW_DUE_DATE && newDueUnreadable.get()) {
            return Problem.of("validation.date.unreadable");
        }
        return StatusChangeRules.check(petitions.get(0), change(), today).stream()
                .filter(p -> p.field() == field).map(StatusChangeRules.FieldProblem::problem).findFirst();
    }

    /** Whether the chosen step asks for {@code field}. */
    public BooleanBinding shows(ChangeField field) {
        return Bindings.createBooleanBinding(() -> target.get() != null
                && StatusChangeRules.fields(petitions.get(0).status(), target.get()).contains(field), target);
    }

    /** The label of {@code field} for the chosen step (the date is the acceptance date, or the resolution date...). */
    public StringBinding label(ChangeField field) {
        return Bindings.createStringBinding(() -> messages.get().get(target.get() == null ? field.messageKey()
                : StatusChangeRules.labelKey(field, petitions.get(0).status(), target.get())), target);
    }

    public void save() {
        if (!form.isValid() || busy.get()) {
            return;
        }
        StatusChange change = change();
        busy.set(true);
        if (petitions.size() == 1) {
            Petition p = petitions.get(0);
            runner.run(() -> service.change(p.id(), p.rowVersion(), change, actor.get()), changed -> onDone.run(),
                    () -> busy.set(false));
        } else {
            List<java.util.UUID> ids = petitions.stream().map(Petition::id).toList();
            runner.run(() -> service.changeAll(ids, change, actor.get()), count -> onDone.run(),
                    () -> busy.set(false));
        }
    }

    public int count() {
        return petitions.size();
    }

    public FormValidator form() { return form; }
    public ObservableList<PetitionStatus> targets() { return targets; }
    public ObjectProperty<PetitionStatus> targetProperty() { return target; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty noteProperty() { return note; }
    public ObjectProperty<NamedRef> unitProperty() { return unit; }
    public StringProperty agencyProperty() { return agency; }
    public StringProperty docNoProperty() { return docNo; }
    public ObjectProperty<LocalDate> newDueDateProperty() { return newDueDate; }
    /** True while the date box holds text that is not a date. */
    public BooleanProperty dateUnreadableProperty() { return dateUnreadable; }
    public BooleanProperty newDueUnreadableProperty() { return newDueUnreadable; }
    public StringProperty resultProperty() { return result; }
    public ObjectProperty<Satisfaction> satisfactionProperty() { return satisfaction; }
    public ObservableList<NamedRef> units() { return units; }
    public BooleanProperty busyProperty() { return busy; }
}
