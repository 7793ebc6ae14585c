package vn.danvan.desk;

import java.util.function.LongConsumer;
import vn.danvan.desk.common.ProgressMonitor;

/** A progress monitor that cancels the work once {@code cancelAt} steps are reported done (as a user would). */
public final class StoppingMonitor implements ProgressMonitor {

    private final long cancelAt;
    private final LongConsumer onProgress;
    private volatile boolean cancelled;

    private StoppingMonitor(long cancelAt, LongConsumer onProgress) {
        this.cancelAt = cancelAt;
        this.onProgress = onProgress;
    }

    /** Cancels from {@code cancelAt} steps done on. */
    public static StoppingMonitor at(long cancelAt) {
        return new StoppingMonitor(cancelAt, done -> { });
    }

    /** Also tells {@code onProgress} each progress report (before deciding to cancel). */
    public static StoppingMonitor at(long cancelAt, LongConsumer onProgress) {
        return new StoppingMonitor(cancelAt, onProgress);
    }

    @Override
    public void progress(long done, long total) {
        onProgress.accept(done);
        cancelled = done >= cancelAt;
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }
}
