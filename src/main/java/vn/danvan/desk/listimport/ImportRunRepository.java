package vn.danvan.desk.listimport;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.IMPORT_RUN;
import static vn.danvan.desk.common.db.generated.Tables.IMPORT_RUN_CREATED;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EXTENSION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_LINK;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_REPRESENTATIVE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;

/** The record of list imports (V12) and the deletes that undo one. Writes join the caller's transaction. */
public final class ImportRunRepository {

    static final String WRITING = "WRITING";
    static final String DONE = "DONE";
    static final String UNDONE = "UNDONE";

    /** What kind of catalog entry a run created. */
    enum Created { VILLAGE, HANDLING_UNIT }

    private final DSLContext dsl;
    private final Clock clock;

    public ImportRunRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    void start(ImportRun run) {
        dsl.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.ID, run.id())
                .set(IMPORT_RUN.FILE_NAME, run.fileName())
                .set(IMPORT_RUN.OFFICER_ID, run.officerId())
                .set(IMPORT_RUN.STATE, WRITING)
                .set(IMPORT_RUN.FIRST_MILLIS, run.firstMillis())
                .set(IMPORT_RUN.LAST_MILLIS, run.lastMillis())
                .set(IMPORT_RUN.ID_TAG, run.tag())
                .set(IMPORT_RUN.FIRST_DOC, run.firstDoc())
                .set(IMPORT_RUN.DOC_COUNT, run.docCount())
                .set(IMPORT_RUN.ROWS_IN_FILE, run.rowsInFile())
                .set(IMPORT_RUN.STARTED_AT, clock.instant())
                .execute();
    }

    void created(UUID runId, Created kind, UUID rowId) {
        dsl.insertInto(IMPORT_RUN_CREATED)
                .set(IMPORT_RUN_CREATED.RUN_ID, runId)
                .set(IMPORT_RUN_CREATED.TABLE_NAME, kind.name())
                .set(IMPORT_RUN_CREATED.ROW_ID, rowId)
                .execute();
    }

    void finish(UUID runId, String state, Integer imported) {
        dsl.update(IMPORT_RUN)
                .set(IMPORT_RUN.STATE, state)
                .set(IMPORT_RUN.IMPORTED, imported)
                .set(IMPORT_RUN.FINISHED_AT, clock.instant())
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();
    }

    Optional<String> state(UUID runId) {
        return dsl.select(IMPORT_RUN.STATE).from(IMPORT_RUN).where(IMPORT_RUN.ID.eq(runId))
                .fetchOptional(IMPORT_RUN.STATE);
    }

    /** Runs whose process stopped before they were done or undone. */
    List<ImportRun> unfinished() {
        return dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.STATE.eq(WRITING)).orderBy(IMPORT_RUN.STARTED_AT)
                .fetch(r -> new ImportRun(r.getId(), r.getFileName(), r.getOfficerId(), r.getFirstMillis(),
                        r.getLastMillis(), r.getIdTag(), r.getFirstDoc(), r.getDocCount(), r.getRowsInFile()));
    }

    /** The next ids of {@code table} in the run's id range after {@code after} (null: from the start), in order. */
    List<UUID> idsInRange(Table<?> table, ImportRun run, UUID after, int limit) {
        Field<UUID> id = table.field("ID", UUID.class);
        return dsl.select(id).from(table)
                .where(id.ge(run.lowestId()), id.lt(run.aboveIds()), after == null ? DSL.noCondition() : id.gt(after))
                .orderBy(id)
                .limit(limit)
                .fetch(id);
    }

    List<UUID> petitionIdsInRange(ImportRun run, UUID after, int limit) {
        return idsInRange(PETITION, run, after, limit);
    }

    List<UUID> citizenIdsInRange(ImportRun run, UUID after, int limit) {
        return idsInRange(CITIZEN, run, after, limit);
    }

    /**
     * Deletes petitions with their history and search rows (the dashboard's tallies follow by their trigger), and
     * what an officer may have added to them if an earlier undo failed and they stayed in view: extensions,
     * representatives, links; an opinion that became one of them keeps its text and loses the link. (An attachment
     * keeps the delete from happening: the undo then fails and is tried again, the petition stays.)
     */
    int deletePetitions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        var inline = ids.stream().map(DSL::inline).toList();
        dsl.deleteFrom(PETITION_EXTENSION).where(PETITION_EXTENSION.PETITION_ID.in(inline)).execute();
        dsl.deleteFrom(PETITION_REPRESENTATIVE).where(PETITION_REPRESENTATIVE.PETITION_ID.in(inline)).execute();
        dsl.deleteFrom(PETITION_LINK).where(PETITION_LINK.PETITION_ID.in(inline)
                .or(PETITION_LINK.LINKED_PETITION_ID.in(inline))).execute();
        dsl.update(OPINION).setNull(OPINION.PETITION_ID).where(OPINION.PETITION_ID.in(inline)).execute();
        dsl.deleteFrom(PETITION_EVENT).where(PETITION_EVENT.PETITION_ID.in(inline)).execute();
        dsl.deleteFrom(PETITION_SEARCH).where(PETITION_SEARCH.PETITION_ID.in(inline)).execute();
        return dsl.deleteFrom(PETITION).where(PETITION.ID.in(inline)).execute();
    }

    int deleteCitizens(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.deleteFrom(CITIZEN).where(CITIZEN.ID.in(ids.stream().map(DSL::inline).toList())).execute();
    }

    /** Deletes the villages and handling units the run created; returns their names. */
    List<String> deleteCreated(UUID runId) {
        var villages = DSL.select(IMPORT_RUN_CREATED.ROW_ID).from(IMPORT_RUN_CREATED)
                .where(IMPORT_RUN_CREATED.RUN_ID.eq(runId), IMPORT_RUN_CREATED.TABLE_NAME.eq(Created.VILLAGE.name()));
        var units = DSL.select(IMPORT_RUN_CREATED.ROW_ID).from(IMPORT_RUN_CREATED)
                .where(IMPORT_RUN_CREATED.RUN_ID.eq(runId),
                        IMPORT_RUN_CREATED.TABLE_NAME.eq(Created.HANDLING_UNIT.name()));
        List<String> names = new java.util.ArrayList<>(
                dsl.select(VILLAGE.NAME).from(VILLAGE).where(VILLAGE.ID.in(villages)).fetch(VILLAGE.NAME));
        names.addAll(dsl.select(HANDLING_UNIT.NAME).from(HANDLING_UNIT).where(HANDLING_UNIT.ID.in(units))
                .fetch(HANDLING_UNIT.NAME));
        dsl.deleteFrom(VILLAGE).where(VILLAGE.ID.in(villages)).execute();
        dsl.deleteFrom(HANDLING_UNIT).where(HANDLING_UNIT.ID.in(units)).execute();
        dsl.deleteFrom(IMPORT_RUN_CREATED).where(IMPORT_RUN_CREATED.RUN_ID.eq(runId)).execute();
        return names;
    }
}
