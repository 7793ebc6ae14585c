package vn.danvan.desk.attachment;

import java.time.Instant;
import java.util.UUID;

/** A file kept with a record (a scanned letter, minutes, a photo): its name, size, checksum and where it is. */
public record Attachment(UUID id, OwnerType ownerType, UUID ownerId, String fileName, String mediaType,
                         long sizeBytes, String sha256, String storageKey, String description, Instant createdAt) {

    /** The kinds of records that keep files. */
    public enum OwnerType {
        PETITION,
        DIALOGUE_SESSION,
        MOBILIZATION_MODEL
    }
}
