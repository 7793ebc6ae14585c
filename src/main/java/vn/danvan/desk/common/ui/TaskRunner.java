package vn.danvan.desk.common.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

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
}
