package vn.danvan.desk.backup;

import java.util.Map;

/**
 * {@code manifest.json}, the last entry of a backup's payload: what made it, what it holds and the SHA-256 of every
 * other entry ({@code danvan.mv.db}, {@code attachments/<key>}), checked before a restore replaces anything.
 */
public record BackupManifest(int format, String appVersion, String schemaVersion, String createdAt,
                             String officeName, BackupCounts counts, Map<String, String> entries) {
}
