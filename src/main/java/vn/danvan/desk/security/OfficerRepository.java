package vn.danvan.desk.security;

import static vn.danvan.desk.common.db.generated.Tables.OFFICER;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.generated.tables.records.OfficerRecord;
import vn.danvan.desk.common.text.VietnameseText;

/** Officer accounts. */
public final class OfficerRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public OfficerRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public List<Officer> findAll() {
        return dsl.selectFrom(OFFICER).orderBy(OFFICER.ACTIVE.desc(), OFFICER.USERNAME).fetch(OfficerRepository::toOfficer);
    }

    public Optional<Officer> findById(UUID id) {
        return dsl.selectFrom(OFFICER).where(OFFICER.ID.eq(id)).fetchOptional().map(OfficerRepository::toOfficer);
    }

    public Optional<Officer> findByUsername(String username) {
        return dsl.selectFrom(OFFICER).where(OFFICER.USERNAME.eq(username)).fetchOptional()
                .map(OfficerRepository::toOfficer);
    }

    /** The stored hash of an active officer, for the login check. */
    public Optional<String> passwordHashOfActive(String username) {
        return dsl.select(OFFICER.PASSWORD_HASH).from(OFFICER)
                .where(OFFICER.USERNAME.eq(username).and(OFFICER.ACTIVE.isTrue()))
                .fetchOptional(OFFICER.PASSWORD_HASH);
    }

    public boolean usernameExists(String username) {
        return dsl.fetchExists(OFFICER, OFFICER.USERNAME.eq(username));
    }

    public int countActiveAdmins() {
        return dsl.fetchCount(OFFICER, OFFICER.ROLE.eq(OfficerRole.ADMIN.name()).and(OFFICER.ACTIVE.isTrue()));
    }

    public int count() {
        return dsl.fetchCount(OFFICER);
    }

    public Officer insert(String username, String fullName, OfficerRole role, String passwordHash) {
        OfficerRecord row = dsl.newRecord(OFFICER);
        row.setId(UUID.randomUUID())
                .setUsername(username)
                .setFullName(VietnameseText.clean(fullName))
                .setRole(role.name())
                .setPasswordHash(passwordHash)
                .setActive(true)
                .setCreatedAt(clock.instant())
                .setUpdatedAt(clock.instant());
        row.store();
        return toOfficer(row);
    }

    public void setActive(UUID id, boolean active) {
        dsl.update(OFFICER).set(OFFICER.ACTIVE, active).set(OFFICER.UPDATED_AT, clock.instant())
                .where(OFFICER.ID.eq(id)).execute();
    }

    public void setRole(UUID id, OfficerRole role) {
        dsl.update(OFFICER).set(OFFICER.ROLE, role.name()).set(OFFICER.UPDATED_AT, clock.instant())
                .where(OFFICER.ID.eq(id)).execute();
    }

    public void setPasswordHash(UUID id, String passwordHash) {
        dsl.update(OFFICER).set(OFFICER.PASSWORD_HASH, passwordHash).set(OFFICER.UPDATED_AT, clock.instant())
                .where(OFFICER.ID.eq(id)).execute();
    }

    public void recordLogin(UUID id) {
        dsl.update(OFFICER).set(OFFICER.LAST_LOGIN_AT, clock.instant()).set(OFFICER.FAILED_LOGINS, 0)
                .where(OFFICER.ID.eq(id)).execute();
    }

    private static Officer toOfficer(OfficerRecord row) {
        return new Officer(row.getId(), row.getUsername(), row.getFullName(), OfficerRole.valueOf(row.getRole()),
                row.getActive());
    }
}
