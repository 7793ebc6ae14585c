package vn.danvan.desk;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import vn.danvan.desk.common.NamedRef;
import vn.danvan.desk.common.ui.TaskRunner;
import vn.danvan.desk.listimport.ListImportWindow;
import vn.danvan.desk.petition.PetitionService;
import vn.danvan.desk.petition.PetitionWindows;
import vn.danvan.desk.petition.PetitionsView;
import vn.danvan.desk.security.Actor;

/**
 * What the petition page's buttons open: intake, status change, list import and assignment. Each change refreshes
 * the page (its own callback) and then the rest of the window ({@code dataChanged}: counts, badge, dashboard).
 */
final class PetitionPageActions implements PetitionsView.PetitionActions {

    private final PetitionWindows windows;
    private final Supplier<ListImportWindow> importWindow;
    private final PetitionService petitions;
    private final TaskRunner runner;
    private final Supplier<Actor> actor;
    private final Runnable dataChanged;

    PetitionPageActions(PetitionWindows windows, Supplier<ListImportWindow> importWindow, PetitionService petitions,
                        TaskRunner runner, Supplier<Actor> actor, Runnable dataChanged) {
        this.windows = windows;
        this.importWindow = importWindow;
        this.petitions = petitions;
        this.runner = runner;
        this.actor = actor;
        this.dataChanged = dataChanged;
    }

    @Override
    public void openIntake(Runnable afterSave) {
        windows.openIntake(saved -> then(afterSave));
    }

    @Override
    public void openStatusChange(List<UUID> ids, Runnable afterChange) {
        windows.openStatusChange(ids, () -> then(afterChange));
    }

    @Override
    public void openImport(Runnable afterImport) {
        importWindow.get().open(() -> then(afterImport));
    }

    @Override
    public void assign(List<UUID> ids, NamedRef unit, Runnable afterChange) {
        runner.run(() -> petitions.assignAll(ids, unit.id(), actor.get()), count -> then(afterChange));
    }

    private void then(Runnable pageRefresh) {
        pageRefresh.run();
        dataChanged.run();
    }
}
