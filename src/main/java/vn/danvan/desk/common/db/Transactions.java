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
}
