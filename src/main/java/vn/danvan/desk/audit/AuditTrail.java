package vn.danvan.desk.audit;

import java.util.UUID;
import java.util.function.Supplier;
import vn.danvan.desk.security.Actor;

/**
 * Where services write what happened: who (the officer logged in to this window or command, unless a service
 * names another actor), what, which record, and for updates the changed fields. Call it inside the transaction of
 * the change, so the log row and the change are saved together or not at all.
 */
public final class AuditTrail {

    /** The kinds of action the log distinguishes. */
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String VOID = "VOID";
    public static final String STATUS = "STATUS";
    public static final String ASSIGN = "ASSIGN";
    public static final String EXPORT = "EXPORT";
    public static final String IMPORT = "IMPORT";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String RECOVERY = "RECOVERY";

    private final AuditRepository repository;
    private final Supplier<Actor> currentActor;

    public AuditTrail(AuditRepository repository, Supplier<Actor> currentActor) {
        this.repository = repository;
        this.currentActor = currentActor;
    }

    /** Records an action of the officer logged in. */
    public void record(String action, String entityType, UUID entityId, String details) {
        repository.append(currentActor.get(), action, entityType, entityId, details);
    }

    public void record(Actor actor, String action, String entityType, UUID entityId, String details) {
        repository.append(actor, action, entityType, entityId, details);
    }
}
