package vn.danvan.desk.catalog.village;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.danvan.desk.catalog.CatalogList;
import vn.danvan.desk.catalog.CatalogRules;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.FormValidator;
import vn.danvan.desk.common.ui.TaskRunner;

/** The villages tab: the list with an accent-insensitive filter, the edit form, activate, merge. */
public final class VillagesViewModel {

    public static final String NAME = "village.field.name";

    private final ObservableList<Village> mergeTargets = FXCollections.observableArrayList();
    private final ObservableList<VillageKind> kinds = FXCollections.observableArrayList(VillageKind.values());
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<VillageKind> kind = new SimpleObjectProperty<>(VillageKind.THON);
    private final ObjectProperty<Village> mergeTarget = new SimpleObjectProperty<>();

    private final VillageService service;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final CatalogList<Village> list;
    private final FilteredList<Village> shown;
    private final FormValidator form;

    public VillagesViewModel(VillageService service, TaskRunner runner, DialogService dialogs,
                             Supplier<Messages> messages, Runnable onChanged) {
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.list = new CatalogList<>(service::all, Village::id, runner, dialogs, messages, onChanged);
        this.shown = new FilteredList<>(list.items());
        this.form = new FormValidator(messages);
        form.add(NAME, name, CatalogRules::name);
        form.add("village.field.kind", kind, CatalogRules::choice);
        filter.addListener((observable, old, text) -> {
            String key = VietnameseText.searchKey(text);
            shown.setPredicate(key.isEmpty() ? null : v -> VietnameseText.searchKey(v.name()).contains(key));
        });
        list.selectedProperty().addListener((observable, old, village) -> fillForm(village));
        list.items().addListener((javafx.collections.ListChangeListener<Village>) change -> fillForm(list.selected()));
    }

    public void load() {
        list.load(null);
    }

    /** Clears the form for a new village. */
    public void startNew() {
        list.selectedProperty().set(null);
        fillForm(null);
    }

    public void save() {
        if (!form.isValid()) {
            return;
        }
        Village current = list.selected();
        String newName = name.get();
        VillageKind newKind = kind.get();
        Callable<UUID> work = () -> current == null ? service.add(newName, newKind).id()
                : service.update(current.id(), newName, newKind).id();
        list.change(work, messages.get().get("catalog.saved", VietnameseText.clean(newName)));
    }

    public void toggleActive() {
        Village current = list.selected();
        if (current == null || current.merged()) {
            return;
        }
        list.toggleActive(current.id(), current.name(), current.active(), service::setActive);
    }

    /** Merges the selected village into {@link #mergeTargetProperty()} after the user confirms. */
    public void merge() {
        Village source = list.selected();
        Village target = mergeTarget.get();
        if (source == null || target == null || list.isBusy()) {
            return;
        }
        if (!dialogs.confirm(messages.get().get("village.merge.confirm", source.name(), target.name(),
                source.references()))) {
            return;
        }
        list.change(() -> service.merge(source.id(), target.id()).id(),
                messages.get().get("village.merge.done", source.name(), target.name()));
    }

    private void fillForm(Village village) {
        name.set(village == null ? "" : village.name());
        kind.set(village == null ? VillageKind.THON : village.kind());
        mergeTarget.set(null);
        mergeTargets.setAll(list.items().stream()
                .filter(v -> !v.merged() && (village == null || !v.id().equals(village.id())))
                .toList());
    }

    public Optional<String> selectedState() {
        Village v = list.selected();
        if (v == null) {
            return Optional.empty();
        }
        return Optional.of(v.merged() ? "village.state.merged" : v.active() ? "village.state.active"
                : "village.state.inactive");
    }

    public BooleanBinding canSaveBinding() {
        return form.validProperty().and(list.busyProperty().not())
                .and(Bindings.createBooleanBinding(() -> list.selected() == null || !list.selected().merged(),
                        list.selectedProperty()));
    }

    public BooleanBinding canMergeBinding() {
        return Bindings.createBooleanBinding(() -> list.selected() != null && !list.selected().merged()
                && mergeTarget.get() != null && !list.isBusy(), list.selectedProperty(), mergeTarget,
                list.busyProperty());
    }

    public BooleanBinding canToggleBinding() {
        return Bindings.createBooleanBinding(() -> list.selected() != null && !list.selected().merged()
                && !list.isBusy(), list.selectedProperty(), list.busyProperty());
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
        return list.selectedProperty();
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
        return list.busyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return list.statusProperty();
    }
}
