package vn.danvan.desk.crash;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.OFFICE;
import static vn.danvan.desk.common.db.generated.Tables.OFFICER;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import vn.danvan.desk.common.db.Database;

/** Reads a whole crash-test database back, row by row, for the consistency checks. */
final class CrashCheckRepository {

    /** A petition as stored, with whether its petitioner and its search document exist. */
    record StoredPetition(UUID id, String code, String status, int rowVersion, boolean anonymous, UUID petitionerId,
                          boolean petitionerFound, boolean indexed) {
    }

    /** A history event, in the order the history shows them. */
    record StoredEvent(UUID petitionId, String type, String toStatus) {
    }

    /** The last number given for a code prefix and year. */
    record CodeCounter(String prefix, int year, int lastValue) {
    }

    private final DSLContext dsl;

    CrashCheckRepository(Database database) {
        this.dsl = database.dsl();
    }

    List<StoredPetition> petitions() {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.STATUS, PETITION.ROW_VERSION, PETITION.ANONYMOUS,
                        PETITION.PETITIONER_ID, CITIZEN.ID, PETITION_SEARCH.DOC_NO)
                .from(PETITION)
                .leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .leftJoin(PETITION_SEARCH).on(PETITION_SEARCH.PETITION_ID.eq(PETITION.ID))
                .fetch(r -> new StoredPetition(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7() != null, r.value8() != null));
    }

    /** Every event, each petition's in history order (time, then sequence number). */
    List<StoredEvent> events() {
        return dsl.select(PETITION_EVENT.PETITION_ID, PETITION_EVENT.EVENT_TYPE, PETITION_EVENT.TO_STATUS)
                .from(PETITION_EVENT)
                .orderBy(PETITION_EVENT.PETITION_ID, PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.SEQ)
                .fetch(r -> new StoredEvent(r.value1(), r.value2(), r.value3()));
    }

    /** Events whose petition does not exist. */
    int orphanEvents() {
        return dsl.fetchCount(dsl.selectOne().from(PETITION_EVENT)
                .whereNotExists(dsl.selectOne().from(PETITION).where(PETITION.ID.eq(PETITION_EVENT.PETITION_ID))));
    }

    /** Search documents whose petition does not exist. */
    int orphanSearchDocuments() {
        return dsl.fetchCount(dsl.selectOne().from(PETITION_SEARCH)
                .whereNotExists(dsl.selectOne().from(PETITION).where(PETITION.ID.eq(PETITION_SEARCH.PETITION_ID))));
    }

    /**
     * The references that V14 left without a foreign key (to offices and officers, which are never deleted), each
     * with the number of rows whose value points at no row: none, as long as every writer takes them from the
     * session or from a package's sender.
     */
    Map<String, Integer> danglingReferences() {
        Map<String, Integer> dangling = new LinkedHashMap<>();
        dangling.put("petition.origin_office_id", dangling(PETITION, PETITION.ORIGIN_OFFICE_ID, OFFICE, OFFICE.ID));
        dangling.put("petition.created_by", dangling(PETITION, PETITION.CREATED_BY, OFFICER, OFFICER.ID));
        dangling.put("petition.handling_officer_id", dangling(PETITION, PETITION.HANDLING_OFFICER_ID, OFFICER,
                OFFICER.ID));
        dangling.put("citizen.origin_office_id", dangling(CITIZEN, CITIZEN.ORIGIN_OFFICE_ID, OFFICE, OFFICE.ID));
        dangling.values().removeIf(count -> count == 0);
        return dangling;
    }

    private int dangling(Table<?> table, Field<UUID> reference, Table<?> target, Field<UUID> id) {
        return dsl.fetchCount(dsl.selectOne().from(table).where(reference.isNotNull())
                .andNotExists(dsl.selectOne().from(target).where(id.eq(reference))));
    }

    /**
     * For each of the dashboard's tallies (V13) whose counts differ from a count of the petitions, the number of
     * combinations that differ: the tallies and their petitions commit together, so after a kill there is none.
     */
    java.util.Map<vn.danvan.desk.dashboard.PetitionTally, Integer> tallyMismatches() {
        java.util.Map<vn.danvan.desk.dashboard.PetitionTally, Integer> mismatches =
                new java.util.EnumMap<>(vn.danvan.desk.dashboard.PetitionTally.class);
        for (vn.danvan.desk.dashboard.PetitionTally tally : vn.danvan.desk.dashboard.PetitionTally.values()) {
            String tallied = tally.tallySql();
            String counted = tally.countedSql();
            Object keys = dsl.fetchValue("SELECT COUNT(*) FROM (SELECT DISTINCT " + String.join(", ", tally.columns())
                    + " FROM ((" + tallied + " EXCEPT " + counted + ") UNION ALL (" + counted + " EXCEPT " + tallied
                    + ")) d) k");
            if (((Number) keys).intValue() > 0) {
                mismatches.put(tally, ((Number) keys).intValue());
            }
        }
        return mismatches;
    }

    List<CodeCounter> codeCounters() {
        return dsl.select(PETITION_CODE_SEQUENCE.PREFIX, PETITION_CODE_SEQUENCE.CODE_YEAR,
                        PETITION_CODE_SEQUENCE.LAST_VALUE)
                .from(PETITION_CODE_SEQUENCE)
                .fetch(r -> new CodeCounter(r.value1(), r.value2(), r.value3()));
    }
}
