package vn.danvan.desk.catalog.village;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import javafx.collections.transformation.FilteredList;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.Failures;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;

/** The villages tab: the list with an accent-insensitive filter, the edit form, activate, merge. */
public final class VillagesViewModel {

    public static final String NAME = "village.field.name";

    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final FilteredList<Village> shown = new FilteredList<>(villages);
    private final ObservableList<Village> mergeTargets = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Village> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<VillageKind> kind = new SimpleObjectProperty<>(VillageKind.THON);
    private final ObjectProperty<Village> mergeTarget = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<VillageKind> kinds = FXCollections.observableArrayList(VillageKind.values());

    private final VillageService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Runnable onChanged;
    private final FormValidator form;

    public VillagesViewModel(VillageService service, TaskRunner runner, DialogService dialogs,
                             Supplier<Messages> messages, Runnable onChanged) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onChanged = onChanged;
        this.form = new FormValidator(messages);
        form.add(NAME, name, CatalogRules::name);
        form.add("village.field.kind", kind, CatalogRules::choice);
        filter.addListener((observable, old, text) -> {
            String key = VietnameseText.searchKey(text);
            shown.setPredicate(key.isEmpty() ? null : v -> VietnameseText.searchKey(v.name()).contains(key));
        });
        selected.addListener((observable, old, village) -> fillForm(village));
    }

    public void load() {
        load(null);
    }

    private void load(UUID selectId) {
        busy.set(true);
        runner.run(service::all, (List<Village> all) -> {
            busy.set(false);
            villages.setAll(all);
            selected.set(selectId == null ? null
                    : all.stream().filter(v -> v.id().equals(selectId)).findFirst().orElse(null));
            fillForm(selected.get());
        }, this::failed);
    }

    /** Clears the form for a new village. */
    public void startNew() {
        selected.set(null);
        fillForm(null);
    }

    public void save() {
        if (busy.get() || !form.isValid()) {
            return;
        }
        Village current = selected.get();
        String newName = name.get();
        VillageKind newKind = kind.get();
        run(() -> current == null ? service.add(newName, newKind) : service.update(current.id(), newName, newKind),
                saved -> messages.get().get("catalog.saved", saved.name()));
    }

    public void toggleActive() {
        Village current = selected.get();
        if (current == null || current.merged() || busy.get()) {
            return;
        }
        run(() -> {
            service.setActive(current.id(), !current.active());
            return service.require(current.id());
        }, v -> messages.get().get(v.active() ? "catalog.activated" : "catalog.deactivated", v.name()));
    }

    /** Merges the selected village into {@link #mergeTargetProperty()} after the user confirms. */
    public void merge() {
        Village source = selected.get();
        Village target = mergeTarget.get();
        if (source == null || target == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get().get("village.merge.confirm", source.name(), target.name(),
                source.references()))) {
            return;
        }
        run(() -> service.merge(source.id(), target.id()),
                merged -> messages.get().get("village.merge.done", source.name(), merged.name()));
    }

    private void run(java.util.concurrent.Callable<Village> work, java.util.function.Function<Village, String> done) {
        busy.set(true);
        runner.run(work, village -> {
            busy.set(false);
            status.set(done.apply(village));
            onChanged.run();
            load(village.id());
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        dialogs.showError(Failures.describe(error, messages.get()), error);
    }

    private void fillForm(Village village) {
        name.set(village == null ? "" : village.name());
        kind.set(village == null ? VillageKind.THON : village.kind());
        mergeTarget.set(null);
        mergeTargets.setAll(villages.stream()
                .filter(v -> !v.merged() && (village == null || !v.id().equals(village.id())))
                .toList());
    }

    public Optional<String> selectedState() {
        Village v = selected.get();
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(v.merged() ? "village.state.merged" : v.active() ? "village.state.active"
                : "village.state.inactive");
    }

    public BooleanBinding canSaveBinding() {
        return form.validProperty().not().or(busy).not()
                .and(Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().merged(), selected));
    }

    public BooleanBinding canMergeBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().merged()
                && mergeTarget.get() != null && !busy.get(), selected, mergeTarget, busy);
    }

    public BooleanBinding canToggleBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().merged() && !busy.get(),
                selected, busy);
    }

    public FormValidator form() {
        return form;
    }

    public ObservableList<Village> shownVillages() {
        return shown;
    }

    public ObservableList<Village> mergeTargets() {
        return mergeTargets;
    }

    public ObservableList<VillageKind> kinds() {
        return kinds;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Village> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<VillageKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Village> mergeTargetProperty() {
        return mergeTarget;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
