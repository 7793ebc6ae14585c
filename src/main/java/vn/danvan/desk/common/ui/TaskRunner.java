package vn.danvan.desk.common.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import vn.danvan.desk.common.ProgressMonitor;

/**
 * Runs database and file work off the FX thread and hands the result back on it. View models depend on this
 * interface only; tests use an inline implementation.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code work}; a failure goes to the default handler (a message to the user, the trace to the log). */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess);

    /** Hands a failure to the default handler (a message to the user, the trace to the log). */
    void report(Throwable error);

    /** Like {@link #run(Callable, Consumer)}, and {@code finally} runs first whether the work succeeded or not. */
    default <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Runnable finallyDo) {
        run(work, result -> {
            finallyDo.run();
            onSuccess.accept(result);
        }, error -> {
            finallyDo.run();
            report(error);
        });
    }

    /**
     * Runs long work that shows progress and can be cancelled: {@code onProgress} receives the fraction done (0 to 1)
     * on the FX thread; work stopped by the returned handle ends in {@code onFailure} with a
     * {@link java.util.concurrent.CancellationException}. This default runs {@code work} like {@link #run} and
     * reports progress on the thread that does the work (right for a runner that works inline).
     */
    default <T> Runnable runWithProgress(ProgressWork<T> work, DoubleConsumer onProgress,
                                         Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                onProgress.accept(total <= 0 ? 0 : Math.min(1.0, (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        run(() -> work.call(monitor), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }
}
