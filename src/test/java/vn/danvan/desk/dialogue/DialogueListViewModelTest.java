package vn.danvan.desk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvan.desk.AppServices;
import vn.danvan.desk.HeldTaskRunner;
import vn.danvan.desk.TestServices;

/** The dialogue page's list says it is being read until the reading is done, not "no session" (real database). */
class DialogueListViewModelTest {

    @TempDir
    Path folder;

    @Test
    void theListIsLoadingFromTheFirstReadUntilTheLastOneEnds() {
        try (AppServices services = TestServices.openSetUp(folder)) {
            HeldTaskRunner runner = new HeldTaskRunner();
            DialogueListViewModel model = new DialogueListViewModel(services.dialogues(), services.obligations(),
                    services.choices(), services.officeClock(), runner);

            model.load();
            assertThat(model.loadingProperty().get()).isTrue();
            runner.held.remove(0).run();   // the villages and years: the list itself is read next
            assertThat(model.loadingProperty().get()).isTrue();
            model.reload();                 // a filter changed meanwhile: two reads under way
            runner.held.remove(0).run();
            assertThat(model.loadingProperty().get()).isTrue();
            runner.runAll();

            assertThat(model.loadingProperty().get()).isFalse();
            assertThat(model.sessions()).isEmpty();
            assertThat(runner.reported).isEmpty();
        }
    }

    @Test
    void aReadThatFailsEndsTheLoadingAndIsReported() {
        HeldTaskRunner runner = new HeldTaskRunner();
        AppServices services = TestServices.openSetUp(folder);
        DialogueListViewModel model = new DialogueListViewModel(services.dialogues(), services.obligations(),
                services.choices(), services.officeClock(), runner);
        model.reload();
        services.close();   // the database is gone before the read runs

        runner.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(runner.reported).hasSize(1);
    }

    @Test
    void aKindAVillageOrAChairMakeTheListFilteredABlankChairDoesNot() {
        try (AppServices services = TestServices.openSetUp(folder)) {
            DialogueListViewModel model = new DialogueListViewModel(services.dialogues(), services.obligations(),
                    services.choices(), services.officeClock(), new HeldTaskRunner());
            var filtered = model.filteredBinding();
            assertThat(filtered.get()).isFalse();
            model.chairProperty().set("   ");
            assertThat(filtered.get()).isFalse();
            model.chairProperty().set("Trần");
            assertThat(filtered.get()).isTrue();
            model.chairProperty().set("");
            model.kindProperty().set(DialogueKind.VOTER_CONTACT);
            assertThat(filtered.get()).isTrue();
            model.kindProperty().set(null);
            assertThat(filtered.get()).isFalse();
        }
    }
}
