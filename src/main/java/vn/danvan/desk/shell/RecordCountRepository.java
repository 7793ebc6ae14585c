package vn.danvan.desk.shell;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.OfficeScope;
import org.jooq.impl.DSL;

/** Counts the main records in one round trip. */
public final class RecordCountRepository {

    private final DSLContext dsl;

    public RecordCountRepository(Database database) {
        this.dsl = database.dsl();
    }

    public RecordCounts count() {
        return dsl.select(
                        DSL.field(DSL.selectCount().from(VILLAGE).where(VILLAGE.ACTIVE.isTrue(),
                                VILLAGE.ORIGIN_OFFICE_ID.isNull())),
                        DSL.field(DSL.selectCount().from(CITIZEN)
                                .where(OfficeScope.ownIfOthersHeld(dsl, CITIZEN.ORIGIN_OFFICE_ID))),
                        DSL.field(DSL.selectCount().from(PETITION).where(PETITION.VOIDED.isFalse(),
                                OfficeScope.ownIfOthersHeld(dsl, PETITION.ORIGIN_OFFICE_ID))),
                        DSL.field(DSL.selectCount().from(DIALOGUE_SESSION).where(DIALOGUE_SESSION.VOIDED.isFalse(),
                                OfficeScope.ownIfOthersHeld(dsl, DIALOGUE_SESSION.ORIGIN_OFFICE_ID))))
                .fetchSingle(row -> new RecordCounts(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
