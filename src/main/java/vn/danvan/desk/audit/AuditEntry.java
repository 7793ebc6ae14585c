package vn.danvan.desk.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit log as stored, with its place in the chain. */
public record AuditEntry(long seq, UUID id, Instant occurredAt, UUID officerId, String username, String action,
                         String entityType, UUID entityId, String details, String prevHash, String rowHash) {
}
