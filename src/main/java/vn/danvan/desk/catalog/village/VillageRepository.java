package vn.danvan.desk.catalog.village;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION_VILLAGE;
import static vn.danvan.desk.common.db.generated.Tables.MOBILIZATION_MODEL;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.text.VietnameseText;

/** Villages and residential groups, and the references that point to them. */
public final class VillageRepository {

    private static final int UPDATE_BATCH = 5000;

    private final DSLContext dsl;
    private final Clock clock;
    private final int updateBatch;

    public VillageRepository(Database database, Clock clock) {
        this(database, clock, UPDATE_BATCH);
    }

    /** {@code updateBatch}: people or petitions moved per statement of a merge (a test crosses batches with a few). */
    VillageRepository(Database database, Clock clock, int updateBatch) {
        this.dsl = database.dsl();
        this.clock = clock;
        this.updateBatch = updateBatch;
    }

    public List<Village> findAll() {
        Field<Integer> references = referenceCount(VILLAGE.ID);
        // villages of other offices (imported with their packages) are theirs, not this office's list
        return dsl.select(VILLAGE.asterisk(), references).from(VILLAGE).where(VILLAGE.ORIGIN_OFFICE_ID.isNull())
                .orderBy(VILLAGE.MERGED_INTO_ID.isNull().desc(), VILLAGE.ACTIVE.desc(), VILLAGE.NAME_SEARCH)
                .fetch(row -> toVillage(row, references));
    }

    public Optional<Village> findById(UUID id) {
        Field<Integer> references = referenceCount(VILLAGE.ID);
        return dsl.select(VILLAGE.asterisk(), references).from(VILLAGE).where(VILLAGE.ID.eq(id))
                .fetchOptional(row -> toVillage(row, references));
    }

    /** Whether another village (not merged away) already has this name, accents and case aside. */
    public boolean nameTaken(String name, UUID exceptId) {
        var condition = VILLAGE.NAME_SEARCH.eq(VietnameseText.searchKey(name)).and(VILLAGE.MERGED_INTO_ID.isNull())
                .and(VILLAGE.ORIGIN_OFFICE_ID.isNull());
        if (exceptId != null) {
            condition = condition.and(VILLAGE.ID.ne(exceptId));
        }
        return dsl.fetchExists(VILLAGE, condition);
    }

    public int countActive() {
        return dsl.fetchCount(VILLAGE, VILLAGE.ACTIVE.isTrue().and(VILLAGE.ORIGIN_OFFICE_ID.isNull()));
    }

    public Village insert(String name, VillageKind kind) {
        UUID id = UUID.randomUUID();
        String clean = VietnameseText.clean(name);
        dsl.insertInto(VILLAGE)
                .set(VILLAGE.ID, id)
                .set(VILLAGE.NAME, clean)
                .set(VILLAGE.NAME_SEARCH, VietnameseText.searchKey(clean))
                .set(VILLAGE.KIND, kind.name())
                .set(VILLAGE.ACTIVE, true)
                .set(VILLAGE.CREATED_AT, clock.instant())
                .set(VILLAGE.UPDATED_AT, clock.instant())
                .execute();
        return new Village(id, clean, kind, true, null, 0);
    }

    public void update(UUID id, String name, VillageKind kind) {
        String clean = VietnameseText.clean(name);
        dsl.update(VILLAGE)
                .set(VILLAGE.NAME, clean)
                .set(VILLAGE.NAME_SEARCH, VietnameseText.searchKey(clean))
                .set(VILLAGE.KIND, kind.name())
                .set(VILLAGE.UPDATED_AT, clock.instant())
                .where(VILLAGE.ID.eq(id))
                .execute();
    }

    public void setActive(UUID id, boolean active) {
        dsl.update(VILLAGE).set(VILLAGE.ACTIVE, active).set(VILLAGE.UPDATED_AT, clock.instant())
                .where(VILLAGE.ID.eq(id)).execute();
    }

    private List<UUID> citizensOf(UUID villageId) {
        return dsl.select(CITIZEN.ID).from(CITIZEN).where(CITIZEN.VILLAGE_ID.eq(villageId)).limit(updateBatch)
                .fetch(CITIZEN.ID);
    }

    private List<UUID> petitionsOf(UUID villageId) {
        return dsl.select(PETITION.ID).from(PETITION).where(PETITION.VILLAGE_ID.eq(villageId)).limit(updateBatch)
                .fetch(PETITION.ID);
    }

    /**
     * Ids written into the statement: H2 looks each up by the key, where with {@code IN (SELECT ... LIMIT n)} it read
     * every row of the table and evaluated the subquery for each.
     */
    private static List<Field<UUID>> inline(List<UUID> ids) {
        return ids.stream().<Field<UUID>>map(DSL::inline).toList();
    }

    /**
     * Moves every reference from {@code sourceId} to {@code targetId} and marks the source as merged.
     * Call inside a transaction.
     */
    public void merge(UUID sourceId, UUID targetId) {
        if (sourceId.equals(targetId)) {
            throw new IllegalArgumentException("A village cannot be merged into itself: " + sourceId);
        }
        // a few thousand rows per statement: H2 gathers the rows an UPDATE changes in the heap first, and a village
        // of a large register has tens of thousands of people and petitions
        for (List<UUID> ids = citizensOf(sourceId); !ids.isEmpty(); ids = citizensOf(sourceId)) {
            dsl.update(CITIZEN).set(CITIZEN.VILLAGE_ID, targetId).where(CITIZEN.ID.in(inline(ids))).execute();
        }
        for (List<UUID> ids = petitionsOf(sourceId); !ids.isEmpty(); ids = petitionsOf(sourceId)) {
            dsl.update(PETITION).set(PETITION.VILLAGE_ID, targetId).where(PETITION.ID.in(inline(ids))).execute();
        }
        dsl.update(OPINION).set(OPINION.VILLAGE_ID, targetId).where(OPINION.VILLAGE_ID.eq(sourceId)).execute();
        dsl.update(MOBILIZATION_MODEL).set(MOBILIZATION_MODEL.VILLAGE_ID, targetId)
                .where(MOBILIZATION_MODEL.VILLAGE_ID.eq(sourceId)).execute();
        // a session that names both villages keeps one row for the target
        dsl.deleteFrom(DIALOGUE_SESSION_VILLAGE)
                .where(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID.eq(sourceId))
                .and(DIALOGUE_SESSION_VILLAGE.SESSION_ID.in(DSL.select(DIALOGUE_SESSION_VILLAGE.SESSION_ID)
                        .from(DIALOGUE_SESSION_VILLAGE).where(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID.eq(targetId))))
                .execute();
        dsl.update(DIALOGUE_SESSION_VILLAGE).set(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID, targetId)
                .where(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID.eq(sourceId)).execute();
        // villages merged earlier into the source now point straight at the target
        dsl.update(VILLAGE).set(VILLAGE.MERGED_INTO_ID, targetId).where(VILLAGE.MERGED_INTO_ID.eq(sourceId)).execute();
        dsl.update(VILLAGE)
                .set(VILLAGE.MERGED_INTO_ID, targetId)
                .set(VILLAGE.ACTIVE, false)
                .set(VILLAGE.UPDATED_AT, clock.instant())
                .where(VILLAGE.ID.eq(sourceId))
                .execute();
    }

    private static Field<Integer> referenceCount(Field<UUID> villageId) {
        return DSL.field(DSL.selectCount().from(CITIZEN).where(CITIZEN.VILLAGE_ID.eq(villageId)))
                .plus(DSL.field(DSL.selectCount().from(PETITION).where(PETITION.VILLAGE_ID.eq(villageId))))
                .plus(DSL.field(DSL.selectCount().from(OPINION).where(OPINION.VILLAGE_ID.eq(villageId))))
                .plus(DSL.field(DSL.selectCount().from(DIALOGUE_SESSION_VILLAGE)
                        .where(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID.eq(villageId))))
                .plus(DSL.field(DSL.selectCount().from(MOBILIZATION_MODEL)
                        .where(MOBILIZATION_MODEL.VILLAGE_ID.eq(villageId))))
                .as("references");
    }

    private static Village toVillage(Record row, Field<Integer> references) {
        return new Village(row.get(VILLAGE.ID), row.get(VILLAGE.NAME), VillageKind.valueOf(row.get(VILLAGE.KIND)),
                row.get(VILLAGE.ACTIVE), row.get(VILLAGE.MERGED_INTO_ID), row.get(references));
    }
}
