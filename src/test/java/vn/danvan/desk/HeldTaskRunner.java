package vn.danvan.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.danvan.desk.common.ui.TaskRunner;

/** Holds background work until the test runs it, so that a cancel can come first. */
public final class HeldTaskRunner implements TaskRunner {

    public final List<Runnable> held = new ArrayList<>();
    public final List<Throwable> reported = new ArrayList<>();

    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> direct.run(work, onSuccess, onFailure));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, reported::add);
    }

    @Override
    public void report(Throwable error) {
        reported.add(error);
    }

    public void runAll() {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }
}
