package vn.danvan.desk.catalog.unit;

import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_ASSIGNMENT;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;

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

/** Handling units: commune bodies and outside agencies. */
public final class HandlingUnitRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public HandlingUnitRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public List<HandlingUnit> findAll() {
        Field<Integer> references = referenceCount();
        // units of other offices (imported with their packages) are not this office's list
        return dsl.select(HANDLING_UNIT.asterisk(), references).from(HANDLING_UNIT)
                .where(HANDLING_UNIT.ORIGIN_OFFICE_ID.isNull())
                .orderBy(HANDLING_UNIT.ACTIVE.desc(), HANDLING_UNIT.KIND, HANDLING_UNIT.NAME_SEARCH)
                .fetch(row -> toUnit(row, references));
    }

    public Optional<HandlingUnit> findById(UUID id) {
        Field<Integer> references = referenceCount();
        return dsl.select(HANDLING_UNIT.asterisk(), references).from(HANDLING_UNIT)
                .where(HANDLING_UNIT.ID.eq(id)).fetchOptional(row -> toUnit(row, references));
    }

    public boolean nameTaken(String name, UUID exceptId) {
        var condition = HANDLING_UNIT.NAME_SEARCH.eq(VietnameseText.searchKey(name))
                .and(HANDLING_UNIT.ORIGIN_OFFICE_ID.isNull());
        if (exceptId != null) {
            condition = condition.and(HANDLING_UNIT.ID.ne(exceptId));
        }
        return dsl.fetchExists(HANDLING_UNIT, condition);
    }

    public HandlingUnit insert(String name, HandlingUnitKind kind, String contact) {
        UUID id = UUID.randomUUID();
        String clean = VietnameseText.clean(name);
        String cleanContact = VietnameseText.cleanOrNull(contact);
        dsl.insertInto(HANDLING_UNIT)
                .set(HANDLING_UNIT.ID, id)
                .set(HANDLING_UNIT.NAME, clean)
                .set(HANDLING_UNIT.NAME_SEARCH, VietnameseText.searchKey(clean))
                .set(HANDLING_UNIT.KIND, kind.name())
                .set(HANDLING_UNIT.CONTACT, cleanContact)
                .set(HANDLING_UNIT.ACTIVE, true)
                .set(HANDLING_UNIT.CREATED_AT, clock.instant())
                .set(HANDLING_UNIT.UPDATED_AT, clock.instant())
                .execute();
        return new HandlingUnit(id, clean, kind, cleanContact, true, 0);
    }

    public void update(UUID id, String name, HandlingUnitKind kind, String contact) {
        String clean = VietnameseText.clean(name);
        dsl.update(HANDLING_UNIT)
                .set(HANDLING_UNIT.NAME, clean)
                .set(HANDLING_UNIT.NAME_SEARCH, VietnameseText.searchKey(clean))
                .set(HANDLING_UNIT.KIND, kind.name())
                .set(HANDLING_UNIT.CONTACT, VietnameseText.cleanOrNull(contact))
                .set(HANDLING_UNIT.UPDATED_AT, clock.instant())
                .where(HANDLING_UNIT.ID.eq(id))
                .execute();
    }

    public void setActive(UUID id, boolean active) {
        dsl.update(HANDLING_UNIT).set(HANDLING_UNIT.ACTIVE, active).set(HANDLING_UNIT.UPDATED_AT, clock.instant())
                .where(HANDLING_UNIT.ID.eq(id)).execute();
    }

    public void delete(UUID id) {
        dsl.deleteFrom(HANDLING_UNIT).where(HANDLING_UNIT.ID.eq(id)).execute();
    }

    private static Field<Integer> referenceCount() {
        return DSL.field(DSL.selectCount().from(PETITION).where(PETITION.HANDLING_UNIT_ID.eq(HANDLING_UNIT.ID)))
                .plus(DSL.field(DSL.selectCount().from(DIALOGUE_ASSIGNMENT)
                        .where(DIALOGUE_ASSIGNMENT.HANDLING_UNIT_ID.eq(HANDLING_UNIT.ID))))
                .as("references");
    }

    private static HandlingUnit toUnit(Record row, Field<Integer> references) {
        return new HandlingUnit(row.get(HANDLING_UNIT.ID), row.get(HANDLING_UNIT.NAME),
                HandlingUnitKind.valueOf(row.get(HANDLING_UNIT.KIND)), row.get(HANDLING_UNIT.CONTACT),
                row.get(HANDLING_UNIT.ACTIVE), row.get(references));
    }
}
