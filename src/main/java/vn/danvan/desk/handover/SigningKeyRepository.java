package vn.danvan.desk.handover;

import static vn.danvan.desk.common.db.generated.Tables.OFFICE_SIGNING_KEY;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;

/** The offices' package-signing keys: this office's key pair, and the public keys pinned for other offices. */
public final class SigningKeyRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public SigningKeyRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** The stored key of an office: its public key and, for this office, its private key. */
    record StoredKey(byte[] publicKey, byte[] privateKey) {
    }

    Optional<StoredKey> find(UUID officeId) {
        return dsl.selectFrom(OFFICE_SIGNING_KEY).where(OFFICE_SIGNING_KEY.OFFICE_ID.eq(officeId))
                .fetchOptional(r -> new StoredKey(r.getPublicKey(), r.getPrivateKey()));
    }

    void insert(UUID officeId, byte[] publicKey, byte[] privateKey) {
        dsl.insertInto(OFFICE_SIGNING_KEY)
                .set(OFFICE_SIGNING_KEY.OFFICE_ID, officeId)
                .set(OFFICE_SIGNING_KEY.PUBLIC_KEY, publicKey)
                .set(OFFICE_SIGNING_KEY.PRIVATE_KEY, privateKey)
                .set(OFFICE_SIGNING_KEY.CREATED_AT, clock.instant())
                .execute();
    }
}
