package vn.danvan.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.danvan.desk.common.ui.TaskRunner;

/** Runs work at once on the calling thread: view-model tests need no toolkit and no waiting. */
public final class DirectTaskRunner implements TaskRunner {

    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, unhandled::add);
    }

    @Override
    public void report(Throwable error) {
        unhandled.add(error);
    }

    public List<Throwable> unhandled() {
        return unhandled;
    }
}
