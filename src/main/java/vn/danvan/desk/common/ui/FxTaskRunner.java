package vn.danvan.desk.common.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import vn.danvan.desk.common.ProgressMonitor;

/**
 * One background thread for all database work (H2 serialises writes anyway), results delivered on the FX
 * thread. {@link #pendingProperty()} counts the tasks under way, for a busy indicator and for tests.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "danvan-db");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Throwable> defaultFailureHandler;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(0);

    public FxTaskRunner(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pending.set(pending.get() + 1);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Exception | Error e) {
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
            }
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, defaultFailureHandler);
    }

    @Override
    public void report(Throwable error) {
        defaultFailureHandler.accept(error);
    }

    /**
     * Progress reaches the FX thread at most once per pulse: the newest fraction is kept and one {@code runLater} is
     * queued at a time, however often the work reports.
     */
    @Override
    public <T> Runnable runWithProgress(ProgressWork<T> work, DoubleConsumer onProgress,
                                        Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicLong latest = new AtomicLong(Double.doubleToLongBits(0));
        AtomicBoolean queued = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                double fraction = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
                latest.set(Double.doubleToLongBits(fraction));
                if (queued.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        queued.set(false);
                        onProgress.accept(Double.longBitsToDouble(latest.get()));
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        run(() -> work.call(monitor), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            pending.set(pending.get() - 1);
        }
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Lets running work finish (a save in progress is never cut off), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
