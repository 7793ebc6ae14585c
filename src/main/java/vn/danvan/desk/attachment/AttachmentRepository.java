package vn.danvan.desk.attachment;

import static vn.danvan.desk.common.db.generated.Tables.ATTACHMENT;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;

/** Rows describing stored attachments; the bytes live in the data folder (see {@link AttachmentService}). */
public final class AttachmentRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public AttachmentRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public Attachment insert(Attachment.OwnerType owner, UUID ownerId, String fileName, String mediaType, long size,
                             String sha256, String storageKey, String description, UUID officerId) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.ID, id)
                .set(ATTACHMENT.OWNER_TYPE, owner.name())
                .set(ATTACHMENT.OWNER_ID, ownerId)
                .set(ATTACHMENT.FILE_NAME, fileName)
                .set(ATTACHMENT.MEDIA_TYPE, mediaType)
                .set(ATTACHMENT.SIZE_BYTES, size)
                .set(ATTACHMENT.SHA256, sha256)
                .set(ATTACHMENT.STORAGE_KEY, storageKey)
                .set(ATTACHMENT.DESCRIPTION, description)
                .set(ATTACHMENT.CREATED_BY, officerId)
                .set(ATTACHMENT.CREATED_AT, clock.instant())
                .execute();
        return list(owner, ownerId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Attachment> list(Attachment.OwnerType owner, UUID ownerId) {
        return dsl.selectFrom(ATTACHMENT)
                .where(ATTACHMENT.OWNER_TYPE.eq(owner.name()), ATTACHMENT.OWNER_ID.eq(ownerId))
                .orderBy(ATTACHMENT.CREATED_AT, ATTACHMENT.FILE_NAME)
                .fetch(r -> new Attachment(r.getId(), Attachment.OwnerType.valueOf(r.getOwnerType()), r.getOwnerId(),
                        r.getFileName(), r.getMediaType(), r.getSizeBytes(), r.getSha256(), r.getStorageKey(),
                        r.getDescription(), r.getCreatedAt()));
    }
}
