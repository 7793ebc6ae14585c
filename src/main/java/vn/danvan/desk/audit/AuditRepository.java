package vn.danvan.desk.audit;

import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.Sha256;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.security.Actor;

/**
 * Appends rows to the audit log, each chained to the previous one by a SHA-256 hash so that an edit of the log
 * outside the app can be detected. Call inside the transaction of the change it records.
 */
public final class AuditRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public AuditRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public void append(Actor actor, String action, String entityType, UUID entityId, String details) {
        String previous = dsl.select(AUDIT_LOG.ROW_HASH).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(1)
                .fetchOptional(AUDIT_LOG.ROW_HASH).orElse(null);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
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

    /** The chained hash of one row: every stored field and the previous row's hash, joined by a separator. */
    static String hash(String previous, UUID id, Instant at, Actor actor, String action, String entityType,
                       UUID entityId, String details) {
        String text = String.join("\u001f", String.valueOf(previous), id.toString(), at.toString(),
                String.valueOf(actor.officerId()), String.valueOf(actor.username()), action,
                String.valueOf(entityType), String.valueOf(entityId), String.valueOf(details));
        return Sha256.of(text);
    }
}
