package vn.danvan.desk.catalog.field;

import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;

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

/** The petition fields, in the office's order. */
public final class FieldRepository {

    private static final int ORDER_STEP = 10;

    private final DSLContext dsl;
    private final Clock clock;

    public FieldRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public List<PetitionField> findAll() {
        Field<Integer> references = referenceCount();
        // fields only other offices use (imported with their packages) are not this office's list
        return dsl.select(PETITION_FIELD.asterisk(), references).from(PETITION_FIELD)
                .where(PETITION_FIELD.ORIGIN_OFFICE_ID.isNull())
                .orderBy(PETITION_FIELD.SORT_ORDER, PETITION_FIELD.NAME_SEARCH)
                .fetch(row -> toField(row, references));
    }

    public Optional<PetitionField> findById(UUID id) {
        Field<Integer> references = referenceCount();
        return dsl.select(PETITION_FIELD.asterisk(), references).from(PETITION_FIELD)
                .where(PETITION_FIELD.ID.eq(id)).fetchOptional(row -> toField(row, references));
    }

    public boolean nameTaken(String name, UUID exceptId) {
        var condition = PETITION_FIELD.NAME_SEARCH.eq(VietnameseText.searchKey(name))
                .and(PETITION_FIELD.ORIGIN_OFFICE_ID.isNull());
        if (exceptId != null) {
            condition = condition.and(PETITION_FIELD.ID.ne(exceptId));
        }
        return dsl.fetchExists(PETITION_FIELD, condition);
    }

    public PetitionField insert(String name) {
        UUID id = UUID.randomUUID();
        String clean = VietnameseText.clean(name);
        Integer last = dsl.select(DSL.max(PETITION_FIELD.SORT_ORDER)).from(PETITION_FIELD).fetchOne(0, Integer.class);
        int order = (last == null ? 0 : last) + ORDER_STEP;
        dsl.insertInto(PETITION_FIELD)
                .set(PETITION_FIELD.ID, id)
                .set(PETITION_FIELD.NAME, clean)
                .set(PETITION_FIELD.NAME_SEARCH, VietnameseText.searchKey(clean))
                .set(PETITION_FIELD.SORT_ORDER, order)
                .set(PETITION_FIELD.ACTIVE, true)
                .set(PETITION_FIELD.CREATED_AT, clock.instant())
                .set(PETITION_FIELD.UPDATED_AT, clock.instant())
                .execute();
        return new PetitionField(id, clean, order, true, 0);
    }

    public void rename(UUID id, String name) {
        String clean = VietnameseText.clean(name);
        dsl.update(PETITION_FIELD)
                .set(PETITION_FIELD.NAME, clean)
                .set(PETITION_FIELD.NAME_SEARCH, VietnameseText.searchKey(clean))
                .set(PETITION_FIELD.UPDATED_AT, clock.instant())
                .where(PETITION_FIELD.ID.eq(id))
                .execute();
    }

    public void setActive(UUID id, boolean active) {
        dsl.update(PETITION_FIELD).set(PETITION_FIELD.ACTIVE, active).set(PETITION_FIELD.UPDATED_AT, clock.instant())
                .where(PETITION_FIELD.ID.eq(id)).execute();
    }

    public void setSortOrder(UUID id, int sortOrder) {
        dsl.update(PETITION_FIELD).set(PETITION_FIELD.SORT_ORDER, sortOrder)
                .set(PETITION_FIELD.UPDATED_AT, clock.instant())
                .where(PETITION_FIELD.ID.eq(id)).execute();
    }

    public void delete(UUID id) {
        dsl.deleteFrom(PETITION_FIELD).where(PETITION_FIELD.ID.eq(id)).execute();
    }

    private static Field<Integer> referenceCount() {
        return DSL.field(DSL.selectCount().from(PETITION).where(PETITION.FIELD_ID.eq(PETITION_FIELD.ID)))
                .plus(DSL.field(DSL.selectCount().from(OPINION).where(OPINION.FIELD_ID.eq(PETITION_FIELD.ID))))
                .as("references");
    }

    private static PetitionField toField(Record row, Field<Integer> references) {
        return new PetitionField(row.get(PETITION_FIELD.ID), row.get(PETITION_FIELD.NAME),
                row.get(PETITION_FIELD.SORT_ORDER), row.get(PETITION_FIELD.ACTIVE), row.get(references));
    }
}
