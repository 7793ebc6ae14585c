package vn.danvan.desk.common.db;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Runs a unit of work in one database transaction. Repositories share one {@link DSLContext} whose connection is
 * bound to the current thread during the transaction, so services compose several repositories atomically
 * without touching jOOQ themselves.
 *
 * <p>A transaction that commits is on the disk when this returns: H2 writes a commit's pages to the file (the URL's
 * {@code WRITE_DELAY=0}) but leaves them in the operating system's cache, where a power cut would lose the last
 * seconds of work of a commune's desktop without a UPS; so the outermost transaction's commit is followed by
 * {@code CHECKPOINT SYNC}, which forces the file to the device (about 1 ms on the test machine's SSD). Nested
 * transactions (savepoints) wait for the outermost, and none is forced while {@link #deferWrites} holds writes back.
 */
public final class Transactions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Transactions.class);

    private final DSLContext dsl;
    private final Runnable forceToDisk;
    /** How deep the current thread is in transactions: the outermost one forces its commit to the disk. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    /** Bulk writes under way whose commits may wait (see {@link #deferWrites}). */
    private final AtomicInteger deferring = new AtomicInteger();

    Transactions(DSLContext dsl) {
        this(dsl, () -> dsl.execute("CHECKPOINT SYNC"));
    }

    /** For tests: {@code forceToDisk} stands for H2's {@code CHECKPOINT SYNC}. */
    Transactions(DSLContext dsl, Runnable forceToDisk) {
        this.dsl = dsl;
        this.forceToDisk = forceToDisk;
    }

    public <T> T inTransaction(Supplier<T> work) {
        int[] level = depth.get();
        level[0]++;
        T result;
        try {
            result = dsl.transactionResult(work::get);
        } finally {
            level[0]--;
        }
        if (level[0] == 0 && deferring.get() == 0) {
            force();
        }
        return result;
    }

    /** Whether the current thread is inside a transaction of this database. */
    public boolean active() {
        return depth.get()[0] > 0;
    }

    /**
     * The commit has happened: a failure to force it is logged, never thrown, or the officer would take a saved
     * change for a failed one and enter it again.
     */
    private void force() {
        try {
            forceToDisk.run();
        } catch (RuntimeException e) {
            LOG.error("A commit could not be forced to the disk; it stays written to the file", e);
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A time during which commits are written to the file by H2's background thread; see {@link #deferWrites}. */
    public interface DeferredWrites extends AutoCloseable {
        /** Every commit is written before it returns again; what was committed so far is written now. */
        @Override
        void close();
    }

    /**
     * For a bulk write whose every commit can be undone (a list import's chunks, V12): until the returned scope
     * closes, H2 writes committed pages from its background thread within {@code millis} instead of in each commit,
     * so the writing thread no longer serialises, encrypts and writes them itself (on two cores, a sixth of a
     * 100,000-row import), and no commit is forced to the disk. A process killed meanwhile may lose the last
     * {@code millis} of commits, which the import undoes anyway. Closing writes and forces everything committed so
     * far. Normally (the URL's {@code WRITE_DELAY=0}) a commit returns once its pages are written and forced.
     */
    public DeferredWrites deferWrites(int millis) {
        dsl.execute("SET WRITE_DELAY " + millis);
        deferring.incrementAndGet();
        return () -> {
            try {
                dsl.execute("SET WRITE_DELAY 0");
                dsl.execute("CHECKPOINT SYNC");
            } finally {
                deferring.decrementAndGet();
            }
        };
    }
}
