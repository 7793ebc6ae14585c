package vn.danvan.desk.backup;

import static vn.danvan.desk.common.db.generated.Tables.ATTACHMENT;
import static vn.danvan.desk.common.db.generated.Tables.AUDIT_LOG;
import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.OFFICER;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;

/** Counts of the main tables (every row, voided ones too) and the start-up's cheap integrity query. */
public final class BackupCountRepository {

    private final DSLContext dsl;

    public BackupCountRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** All counts in one round trip (H2 answers an unfiltered {@code COUNT(*)} from the table's row count). */
    public BackupCounts count() {
        return dsl.select(
                        DSL.field(DSL.selectCount().from(PETITION)),
                        DSL.field(DSL.selectCount().from(CITIZEN)),
                        DSL.field(DSL.selectCount().from(PETITION_EVENT)),
                        DSL.field(DSL.selectCount().from(DIALOGUE_SESSION)),
                        DSL.field(DSL.selectCount().from(OPINION)),
                        DSL.field(DSL.selectCount().from(ATTACHMENT)),
                        DSL.field(DSL.selectCount().from(AUDIT_LOG)))
                .fetchSingle(r -> new BackupCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** How many officers the database knows: never 0 once the office is set up. */
    public int officers() {
        return dsl.fetchCount(OFFICER);
    }

    /**
     * Of the {@code limit} most recently received petitions (by the list's index), how many have no history row:
     * reading them walks the newest pages of the petition index and of the history index, the parts of the file
     * written last.
     * A consistent database has none (every petition is saved with its intake event).
     */
    public int recentPetitionsWithoutHistory(int limit) {
        var recent = dsl.select(PETITION.ID).from(PETITION).orderBy(PETITION.RECEIVED_DATE.desc(), PETITION.ID.desc()).limit(limit)
                .asTable("recent");
        return dsl.fetchCount(dsl.selectOne().from(recent).whereNotExists(DSL.selectOne().from(PETITION_EVENT)
                .where(PETITION_EVENT.PETITION_ID.eq(recent.field(PETITION.ID)))));
    }
}
