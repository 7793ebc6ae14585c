package vn.danvan.desk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionChoices;

/**
 * The dialogue page: the sessions of a year (filtered by kind, village and chair) with how their opinions stand,
 * and the year's obligations at a glance. Everything is read in the background.
 */
public final class DialogueListViewModel {

    /** More sessions than any office holds in a year; the list is never paged. */
    static final int LIMIT = 2_000;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<DialogueKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> village = new SimpleObjectProperty<>();
    private final StringProperty chair = new SimpleStringProperty("");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> villages = FXCollections.observableArrayList();
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DialogueObligations.Status> obligationStatus = new ReadOnlyObjectWrapper<>();

    private final DialogueService service;
    private final DialogueObligations obligations;
    private final PetitionChoices choices;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private int readsUnderWay;

    public DialogueListViewModel(DialogueService service, DialogueObligations obligations, PetitionChoices choices,
                                 OfficeClock clock, TaskRunner runner) {
        this.service = service;
        this.obligations = obligations;
        this.choices = choices;
        this.runner = runner;
        year.set(clock.today().getYear());
        for (var filter : List.of(year, kind, village)) {
            filter.addListener(observable -> reload());
        }
        chair.addListener(observable -> reload());
    }

    /** Loads the villages and the years on file, then the list. */
    public void load() {
        int current = year.get();
        started();
        runner.run(() -> new Lists(choices.load().villages(), obligations.years()), lists -> {
            villages.setAll(lists.villages());
            List<Integer> all = new ArrayList<>(lists.years());
            if (!all.contains(current)) {
                all.add(0, current);
            }
            try {
                years.setAll(all);
                reload();
            } finally {
                ended();
            }
        }, this::failed);
    }

    private record Lists(List<NamedRef> villages, List<Integer> years) {
    }

    public void reload() {
        DialogueFilter filter = new DialogueFilter(year.get(), kind.get(),
                village.get() == null ? null : village.get().id(), chair.get());
        Integer shownYear = year.get();
        started();
        runner.run(() -> new Loaded(service.list(filter, LIMIT),
                shownYear == null ? null : obligations.of(shownYear)), loaded -> {
                    try {
                        sessions.setAll(loaded.sessions());
                        obligationStatus.set(loaded.status());
                    } finally {
                        ended();
                    }
                }, this::failed);
    }

    /** The list is being read: until then an empty table says so instead of "no session". */
    private void started() {
        readsUnderWay++;
        loading.set(true);
    }

    private void ended() {
        readsUnderWay--;
        loading.set(readsUnderWay > 0);
    }

    private void failed(Throwable error) {
        ended();
        runner.report(error);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A kind, a village or a chair narrows the year's list (an empty list then says so, not "no session"). */
    public BooleanBinding filteredBinding() {
        return Bindings.createBooleanBinding(() -> kind.get() != null || village.get() != null
                || !chair.get().isBlank(), kind, village, chair);
    }

    private record Loaded(List<SessionSummary> sessions, DialogueObligations.Status status) {
    }

    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObjectProperty<DialogueKind> kindProperty() { return kind; }
    public ObjectProperty<NamedRef> villageProperty() { return village; }
    public StringProperty chairProperty() { return chair; }
    public ObservableList<Integer> years() { return years; }
    public ObservableList<NamedRef> villages() { return villages; }
    public ObservableList<SessionSummary> sessions() { return sessions; }
    public ReadOnlyObjectProperty<DialogueObligations.Status> obligationStatusProperty() {
        return obligationStatus.getReadOnlyProperty();
    }
}
