package vn.danvan.desk.petition;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.danvan.desk.citizen.CitizenService;
import vn.danvan.desk.common.i18n.Messages;
import vn.danvan.desk.common.ui.ChildWindows;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.common.ui.ViewLoader;
import vn.danvan.desk.security.Actor;

/** Opens the petition screens that are their own windows: intake and status change. */
public final class PetitionWindows {

    private final PetitionIntake intake;
    private final CitizenService citizens;
    private final PossibleDuplicates duplicates;
    private final PetitionChoices choices;
    private final PetitionService petitions;
    private final OfficeClock clock;
    private final TaskRunner runner;
    private final Supplier<Messages> messages;
    private final Supplier<Actor> actor;
    private final ViewLoader views;
    private final Supplier<Window> owner;
    private final String stylesheet;

    public PetitionWindows(PetitionIntake intake, CitizenService citizens, PossibleDuplicates duplicates,
                           PetitionChoices choices, PetitionService petitions, OfficeClock clock, TaskRunner runner,
                           Supplier<Messages> messages, Supplier<Actor> actor, ViewLoader views,
                           Supplier<Window> owner, String stylesheet) {
        this.intake = intake;
        this.citizens = citizens;
        this.duplicates = duplicates;
        this.choices = choices;
        this.petitions = petitions;
        this.clock = clock;
        this.runner = runner;
        this.messages = messages;
        this.actor = actor;
        this.views = views;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    /**
     * The intake form; {@code onSaved} runs after each save (the form stays open for the next) with the petitions
     * saved: one, or several when a letter was split.
     */
    public void openIntake(Consumer<List<Petition>> onSaved) {
        PetitionIntakeView[] view = new PetitionIntakeView[1];
        PetitionIntakeViewModel model = new PetitionIntakeViewModel(intake, citizens, duplicates, choices, clock,
                runner, messages, actor, saved -> {
                    view[0].showSaved(saved.stream().map(Petition::code).toList());
                    onSaved.accept(saved);
                });
        view[0] = new PetitionIntakeView(model);
        Parent root = views.loadWith(view[0]);
        show(root, "intake.title", 1100, 760);
        model.load();
    }

    /** The status change of one petition or of a selection; {@code onDone} runs after it was saved. */
    public void openStatusChange(List<UUID> ids, Runnable onDone) {
        runner.run(() -> new Loaded(ids.stream().map(petitions::require).toList(), choices.load()), loaded -> {
            Stage[] stage = new Stage[1];
            StatusChangeViewModel model = new StatusChangeViewModel(loaded.petitions(), loaded.lists().units(),
                    petitions, clock, runner, messages, actor, () -> {
                        stage[0].close();
                        onDone.run();
                    });
            Parent root = views.loadWith(new StatusChangeView(model));
            stage[0] = show(root, "statusChange.title", 620, 560);
        });
    }

    private record Loaded(List<Petition> petitions, PetitionChoices.Lists lists) {
    }

    private Stage show(Parent root, String titleKey, double width, double height) {
        return new ChildWindows(owner, messages, stylesheet).show(root, titleKey, width, height);
    }
}
