package vn.danvan.desk.common.db;

import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Runs a unit of work in one database transaction. Repositories share one {@link DSLContext} whose connection is
 * bound to the current thread during the transaction, so services compose several repositories atomically
 * without touching jOOQ themselves.
 */
public final class Transactions {

    private final DSLContext dsl;

    Transactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    public void run(Runnable work) {
        dsl.transaction(work::run);
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
     * 100,000-row import). A process killed meanwhile may lose the last {@code millis} of commits, which the import
     * undoes anyway. Normally (the URL's {@code WRITE_DELAY=0}) a commit returns once its pages are written.
     */
    public DeferredWrites deferWrites(int millis) {
        dsl.execute("SET WRITE_DELAY " + millis);
        return () -> {
            dsl.execute("SET WRITE_DELAY 0");
            dsl.execute("CHECKPOINT");
        };
    }
}
