package vn.danvan.desk.crash;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
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
     * Combinations of the dashboard's received tally (V11) whose count differs from a count of the petitions: the
     * tally and its petitions commit together, so after a kill this is 0.
     */
    int tallyMismatches() {
        String tally = "SELECT received_month m, status s, within_competence w, field_id f, village_id v,"
                + " origin_office_id o, petitions n FROM petition_received_tally WHERE petitions <> 0";
        String month = "DATEADD(DAY, 1 - DAY_OF_MONTH(received_date), received_date)";
        String within = "COALESCE(competence = 'WITHIN', FALSE)";
        String counted = "SELECT " + month + " m, status s, " + within + " w, field_id f, village_id v,"
                + " origin_office_id o, COUNT(*) n FROM petition WHERE voided = FALSE GROUP BY " + month + ", status, "
                + within + ", field_id, village_id, origin_office_id";
        Object keys = dsl.fetchValue("SELECT COUNT(*) FROM (SELECT DISTINCT m, s, w, f, v, o FROM ((" + tally
                + " EXCEPT " + counted + ") UNION ALL (" + counted + " EXCEPT " + tally + ")) d) k");
        return ((Number) keys).intValue();
    }

    List<CodeCounter> codeCounters() {
        return dsl.select(PETITION_CODE_SEQUENCE.PREFIX, PETITION_CODE_SEQUENCE.CODE_YEAR,
                        PETITION_CODE_SEQUENCE.LAST_VALUE)
                .from(PETITION_CODE_SEQUENCE)
                .fetch(r -> new CodeCounter(r.value1(), r.value2(), r.value3()));
    }
}
