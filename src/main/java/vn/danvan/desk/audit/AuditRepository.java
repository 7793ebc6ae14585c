package vn.danvan.desk.audit;

import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOCK;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.h2.api.ErrorCode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.Transactions;
import vn.danvan.desk.security.Actor;

/**
 * Appends rows to the audit log, each chained to the previous one by a SHA-256 hash so that an edit of the log
 * outside the app can be detected. Call inside the transaction of the change it records. Appends are taken one
 * transaction at a time: each locks the row of {@code audit_lock} (V15) before it reads the last hash and keeps it
 * until its transaction ends, so two transactions never chain to the same row.
 */
public final class AuditRepository {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditRepository.class);
    /** How long an append waits for another transaction's append to end before it gives up. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    private final DSLContext dsl;
    private final Transactions transactions;
    private final Clock clock;
    private final int page;

    public AuditRepository(Database database, Clock clock) {
        this(database, clock, PAGE);
    }

    /** {@code page}: rows per statement when the log is read in chain order (a test crosses pages with a few). */
    AuditRepository(Database database, Clock clock, int page) {
        this.dsl = database.dsl();
        this.transactions = database.transactions();
        this.clock = clock;
        this.page = page;
    }

    public void append(Actor actor, String action, String entityType, UUID entityId, String details) {
        if (!transactions.active()) {
            // the lock holds only within a transaction: a caller outside one gets a transaction of the row's own
            transactions.run(() -> append(actor, action, entityType, entityId, details));
            return;
        }
        lockChain();
        String previous = dsl.select(AUDIT_LOG.ROW_HASH).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1)
                .fetchOptional(AUDIT_LOG.ROW_HASH).orElse(null);
        UUID id = UUID.randomUUID();
        // the column keeps microseconds: hash what is stored, so the chain can be checked later
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String hash = hash(previous, id, now, actor, action, entityType, entityId, details);
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ID, id)
                .set(AUDIT_LOG.OCCURRED_AT, now)
                .set(AUDIT_LOG.OFFICER_ID, actor.officerId())
                .set(AUDIT_LOG.USERNAME, actor.username())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAILS, details)
                .set(AUDIT_LOG.PREV_HASH, previous)
                .set(AUDIT_LOG.ROW_HASH, hash)
                .execute();
    }

    /**
     * Locks the chain's end for this transaction. H2 gives up a lock wait after two seconds (LOCK_TIMEOUT); the
     * transaction holding it may be longer (a calendar change recomputes due dates after its row), so the wait is
     * taken again, up to {@link #LOCK_WAIT}. A statement that timed out is undone alone; the transaction goes on.
     */
    private void lockChain() {
        long giveUp = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                dsl.select(AUDIT_LOCK.ID).from(AUDIT_LOCK).where(AUDIT_LOCK.ID.eq(1)).forUpdate().fetchSingle();
                return;
            } catch (DataAccessException e) {
                if (!lockTimedOut(e) || System.nanoTime() - giveUp > 0) {
                    throw e;
                }
                LOG.info("An audit row waits for another transaction's audit row to be committed");
            }
        }
    }

    private static boolean lockTimedOut(DataAccessException e) {
        SQLException cause = e.getCause(SQLException.class);
        return cause != null && cause.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1;
    }

    /** Every row in chain order, a page at a time (the log can hold millions of rows). */
    public void forEachInOrder(java.util.function.Consumer<AuditEntry> action) {
        forEach(AuditFilter.ALL, action);
    }

    /** The rows matching {@code filter}, newest first, from {@code offset}. */
    public java.util.List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(condition(filter)).orderBy(AUDIT_LOG.SEQ.desc())
                .offset(offset).limit(limit).fetch(AuditRepository::entry);
    }

    /** The rows matching {@code filter} in chain order, a page at a time. */
    public void forEachMatching(AuditFilter filter, java.util.function.Consumer<AuditEntry> action) {
        forEach(filter, action);
    }

    /** Rows per statement when the log is read whole or by a filter: H2 gathers each result whole in the heap. */
    private static final int PAGE = 2000;

    /**
     * The rows matching {@code filter} in chain order, each page its own statement reading on
     * from the last key (not one cursor: the log grows for ever, and H2 would gather a cursor's result whole). The
     * dates bound the keys read (their first and last matching key, found through the time index once) and are
     * checked on each row: as a condition of every page they let H2 read the time index and sort the whole range
     * each time.
     */
    private void forEach(AuditFilter filter, java.util.function.Consumer<AuditEntry> action) {
        long after = Long.MIN_VALUE;
        long last = Long.MAX_VALUE;
        if (filter.from() != null || filter.to() != null) {
            var bounds = dsl.select(DSL.min(AUDIT_LOG.SEQ), DSL.max(AUDIT_LOG.SEQ)).from(AUDIT_LOG)
                    .where(dates(filter)).fetchOne();
            if (bounds == null || bounds.value1() == null) {
                return;
            }
            after = bounds.value1() - 1;
            last = bounds.value2();
        }
        Condition others = others(filter);
        while (true) {
            var rows = dsl.selectFrom(AUDIT_LOG).where(others, AUDIT_LOG.SEQ.gt(after), AUDIT_LOG.SEQ.le(last))
                    .orderBy(AUDIT_LOG.SEQ).limit(page).fetch();
            for (var row : rows) {
                if (withinDates(filter, row.getOccurredAt())) {
                    action.accept(entry(row));
                }
            }
            if (rows.size() < page) {
                return;
            }
            after = rows.get(rows.size() - 1).getSeq();
        }
    }

    private static boolean withinDates(AuditFilter filter, Instant instant) {
        return (filter.from() == null || !instant.isBefore(filter.from()))
                && (filter.to() == null || instant.isBefore(filter.to()));
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, condition(filter));
    }

    /** The actions that occur in the log, for the screen's filter. */
    public java.util.List<String> actions() {
        return dsl.selectDistinct(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTION).fetch(AUDIT_LOG.ACTION);
    }

    private static Condition condition(AuditFilter filter) {
        return dates(filter).and(others(filter));
    }

    private static Condition dates(AuditFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.from() != null) {
            where = where.and(AUDIT_LOG.OCCURRED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_LOG.OCCURRED_AT.lt(filter.to()));
        }
        return where;
    }

    private static Condition others(AuditFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.username() != null && !filter.username().isBlank()) {
            where = where.and(AUDIT_LOG.USERNAME.eq(filter.username().strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where = where.and(AUDIT_LOG.ACTION.eq(filter.action()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where = where.and(AUDIT_LOG.DETAILS.containsIgnoreCase(filter.text().strip()));
        }
        return where;
    }

    private static AuditEntry entry(vn.danvan.desk.common.db.generated.tables.records.AuditLogRecord row) {
        return new AuditEntry(row.getSeq(), row.getId(), row.getOccurredAt(), row.getOfficerId(), row.getUsername(),
                row.getAction(), row.getEntityType(), row.getEntityId(), row.getDetails(), row.getPrevHash(),
                row.getRowHash());
    }

    /** The hash {@code entry} should have after {@code previous}. */
    static String expectedHash(String previous, AuditEntry entry) {
        return hash(previous, entry.id(), entry.occurredAt(), new Actor(entry.officerId(), entry.username(), false),
                entry.action(), entry.entityType(), entry.entityId(), entry.details());
    }

    /** The chained hash of one row: every stored field and the previous row's hash, joined by a separator. */
    static String hash(String previous, UUID id, Instant at, Actor actor, String action, String entityType,
                       UUID entityId, String details) {
        String text = String.join("\u001f", String.valueOf(previous), id.toString(), at.toString(),
                String.valueOf(actor.officerId()), String.valueOf(actor.username()), action,
                String.valueOf(entityType), String.valueOf(entityId), String.valueOf(details));
        return Sha256.of(text);
    }
}
