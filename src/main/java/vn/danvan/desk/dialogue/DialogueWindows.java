package vn.danvan.desk.dialogue;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import vn.danvan.desk.attachment.AttachmentService;
import vn.danvan.desk.citizen.CitizenService;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.ChildWindows;
import vn.danvan.desk.common.ui.DialogService;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.common.ui.ViewLoader;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionChoices;
import vn.danvan.desk.security.Actor;

/** Opens the session window, for a new session or a saved one. */
public final class DialogueWindows {

    private final DialogueService service;
    private final PetitionChoices choices;
    private final CitizenService citizens;
    private final AttachmentService files;
    private final MinutesService minutes;
    private final OfficeClock clock;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final ViewLoader views;
    private final ChildWindows windows;

    public DialogueWindows(DialogueService service, PetitionChoices choices, CitizenService citizens,
                           AttachmentService files, MinutesService minutes, OfficeClock clock, TaskRunner runner, DialogService dialogs, Supplier<Messages> messages,
                           Supplier<Actor> actor, ViewLoader views, ChildWindows windows) {
        this.service = service;
        this.choices = choices;
        this.citizens = citizens;
        this.files = files;
        this.minutes = minutes;
        this.clock = clock;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.actor = actor;
        this.views = views;
        this.windows = windows;
    }

    /** The session {@code id} (null for a new one); {@code onSaved} runs after each save. */
    public void open(UUID id, Consumer<SessionDetail> onSaved) {
        SessionEditorViewModel model = new SessionEditorViewModel(service, choices, citizens, files, minutes, clock, runner,
                messages,
                actor, onSaved);
        Parent root = views.loadWith(new SessionEditorView(model, dialogs, messages));
        windows.show(root, "dialogue.editor.title", 1180, 780);
        model.load(id);
    }
}
