package vn.danvan.desk.common;

import java.util.concurrent.CancellationException;

/** Long work (an export, an import) tells how far it has got and asks whether it should stop. */
public interface ProgressMonitor {

    /** Progress nobody watches; never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Progress nobody watches, cancelled once {@code stop} says so. */
    static ProgressMonitor cancelledWhen(java.util.function.BooleanSupplier stop) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return stop.getAsBoolean();
            }
        };
    }

    /** {@code done} of {@code total} steps are done. */
    void progress(long done, long total);

    /** Whether the user asked to stop. */
    boolean cancelled();

    /** Stops the work by throwing {@link CancellationException} when the user asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
