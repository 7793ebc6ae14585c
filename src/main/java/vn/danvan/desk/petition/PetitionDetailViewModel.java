package vn.danvan.desk.petition;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.attachment.AttachmentService;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.petition.deadline.DeadlineState;
import vn.danvan.desk.security.Actor;

/** The detail pane of the selected petition: its fields, links, history; reveal an identity; void the record. */
public final class PetitionDetailViewModel {

    private final ReadOnlyObjectWrapper<PetitionDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DeadlineState> deadline = new ReadOnlyObjectWrapper<>(DeadlineState.NONE);
    private final ObservableList<PetitionEvent> history = FXCollections.observableArrayList();
    private final ObservableList<PetitionLink> links = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> shownId = new SimpleObjectProperty<>();

    private final PetitionService service;
    private final AttachmentService files;
    private final PetitionBrowser browser;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final Runnable onChanged;

    public PetitionDetailViewModel(PetitionService service, AttachmentService files, PetitionBrowser browser,
                                   TaskRunner runner, DialogService dialogs, Supplier<Messages> messages,
                                   Supplier<Actor> actor, Runnable onChanged) {
        this.service = service;
        this.files = files;
        this.browser = browser;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.actor = actor;
        this.onChanged = onChanged;
    }

    /** Shows petition {@code id} (or nothing when null), read in the background. */
    public void show(UUID id) {
        shownId.set(id);
        if (id == null) {
            set(null);
            return;
        }
        runner.run(() -> shown(service.detail(id)), loaded -> {
            if (id.equals(shownId.get())) {
                set(loaded);
            }
        });
    }

    public void refresh() {
        show(shownId.get());
    }

    /** Keeps a copy of {@code file} with the shown petition. */
    public void attach(java.nio.file.Path file) {
        PetitionDetail current = detail.get();
        if (current == null || file == null) {
            return;
        }
        UUID id = current.petition().id();
        runner.run(() -> {
            files.attach(Attachment.OwnerType.PETITION, id, file, null, actor.get());
            return files.list(Attachment.OwnerType.PETITION, id);
        }, attachments::setAll);
    }

    /** Shows the protected identity to an admin; the reveal is logged. */
    public void reveal() {
        PetitionDetail current = detail.get();
        if (current == null) {
            return;
        }
        runner.run(() -> shown(service.reveal(current.petition().id(), actor.get())), this::set);
    }

    /** Asks for a reason and voids the record; nothing is deleted. */
    public void voidPetition() {
        PetitionDetail current = detail.get();
        if (current == null) {
            return;
        }
        dialogs.askText(messages.get().get("petition.void.prompt", current.petition().code())).ifPresent(reason ->
                runner.run(() -> service.voidPetition(current.petition().id(), reason, actor.get()), voided -> {
                    onChanged.run();
                    refresh();
                }));
    }

    public boolean revealAllowed() {
        return actor.get().admin();
    }

    /** Whether the shown petition has a protected identity that is still hidden. */
    public BooleanBinding identityHiddenBinding() {
        return Bindings.createBooleanBinding(() -> detail.get() != null && !detail.get().revealed()
                && detail.get().petition().identityProtected() && !detail.get().petition().anonymous(), detail);
    }

    /** Whether a status change or voiding can be offered. */
    public BooleanBinding changeableBinding() {
        return Bindings.createBooleanBinding(() -> detail.get() != null && !detail.get().petition().voided(),
                detail);
    }

    /** A detail with its deadline state, both computed in the background. */
    private record Shown(PetitionDetail detail, DeadlineState deadline, List<Attachment> files) {
    }

    private Shown shown(PetitionDetail loaded) {
        return new Shown(loaded, browser.deadlineState(loaded.petition().status(), loaded.petition().dueDate()),
                files.list(Attachment.OwnerType.PETITION, loaded.petition().id()));
    }

    private void set(Shown loaded) {
        PetitionDetail value = loaded == null ? null : loaded.detail();
        detail.set(value);
        history.setAll(value == null ? List.of() : value.history());
        links.setAll(value == null ? List.of() : value.links());
        deadline.set(loaded == null ? DeadlineState.NONE : loaded.deadline());
        attachments.setAll(loaded == null ? List.of() : loaded.files());
    }

    public ReadOnlyObjectProperty<PetitionDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeadlineState> deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    public ObservableList<PetitionEvent> history() {
        return history;
    }

    public ObservableList<PetitionLink> links() {
        return links;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }
}
