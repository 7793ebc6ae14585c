package vn.danvan.desk.shell;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_MONTH_TALLY;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.OfficeScope;
import org.jooq.impl.DSL;

/**
 * Counts the main records for the status bar, in one round trip. Petitions come from the dashboard's month tally
 * (V13, kept by its trigger; not voided, by origin office): counting {@code voided = FALSE} over the petitions read
 * the whole table, 2.3 s on the 1M-petition register after every login and every save. Citizens and dialogues are
 * counted as they are: without another office's records H2 answers a bare count at once.
 */
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
                        DSL.field(DSL.select(DSL.coalesce(DSL.sum(PETITION_MONTH_TALLY.PETITIONS), BigDecimal.ZERO)
                                        .cast(Integer.class))
                                .from(PETITION_MONTH_TALLY)
                                .where(OfficeScope.ownIfOthersHeld(dsl, PETITION_MONTH_TALLY.ORIGIN_OFFICE_ID))),
                        DSL.field(DSL.selectCount().from(DIALOGUE_SESSION).where(DIALOGUE_SESSION.VOIDED.isFalse(),
                                OfficeScope.ownIfOthersHeld(dsl, DIALOGUE_SESSION.ORIGIN_OFFICE_ID))))
                .fetchSingle(row -> new RecordCounts(row.value1(), row.value2(), row.value3(), row.value4()));
    }
}
