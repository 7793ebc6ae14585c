package vn.danvan.desk.audit;

import java.time.Instant;

/** What the audit screen and export ask for; {@code null} means "any". {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String username, String action, String text) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
