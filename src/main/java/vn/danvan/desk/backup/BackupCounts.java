package vn.danvan.desk.backup;

/**
 * How many rows the main tables hold: written in the backup's manifest, compared with the restored database
 * before it replaces anything.
 */
public record BackupCounts(long petitions, long citizens, long petitionEvents, long dialogueSessions,
                           long opinions, long attachments, long auditRows) {
}
