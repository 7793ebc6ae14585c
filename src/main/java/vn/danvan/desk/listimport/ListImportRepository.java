package vn.danvan.desk.listimport;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;

import java.time.Clock;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.dashboard.PetitionTallyTrigger;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * The database side of a list import: which codes and ID numbers are already on file (asked a chunk at a time, the
 * values written as literals so that H2 uses its indexes), and the new rows written in JDBC batches. Writes join the
 * caller's transaction.
 */
public final class ListImportRepository {

    private static final int BATCH = 1000;

    private final DSLContext dsl;
    private final Clock clock;

    public ListImportRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** A petition already on file under a code of the list, with what an update keeps of it. */
    record Existing(UUID id, String code, PetitionStatus status, boolean anonymous, UUID petitionerId, String name,
                    String idNumber, String phone, String address) {
    }

    /** The office's petitions whose code is one of {@code codes} (compared exactly), by code. */
    Map<String, Existing> existing(UUID officeId, Collection<String> codes) {
        Map<String, Existing> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        // joined to the codes, so that H2 looks each one up in (origin_office_id, code): with "code IN (...)" it
        // read every petition of the office for each chunk, quadratic in the register's size; one array parameter
        // keeps the statement the same for every chunk, parsed once
        Table<?> wanted = wanted(codes, "code");
        Field<String> wantedCode = wanted.field("code", String.class);
        dsl.select(PETITION.ID, PETITION.CODE, PETITION.STATUS, PETITION.ANONYMOUS, PETITION.PETITIONER_ID,
                        CITIZEN.FULL_NAME, CITIZEN.ID_NUMBER, CITIZEN.PHONE, PETITION.ADDRESS)
                .from(wanted)
                .join(PETITION).on(PETITION.ORIGIN_OFFICE_ID.eq(officeId), PETITION.CODE.eq(wantedCode))
                .leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .forEach(r -> found.put(r.value2(), new Existing(r.value1(), r.value2(),
                        PetitionStatus.valueOf(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9())));
        return found;
    }

    /** A person on file: who an ID number of the list points at. */
    record KnownCitizen(UUID id, String name, String phone) {
    }

    /** The people on file with one of these ID numbers (the first recorded, when several share one). */
    Map<String, KnownCitizen> citizensByIdNumber(Collection<String> idNumbers) {
        Map<String, KnownCitizen> found = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return found;
        }
        Table<?> wanted = wanted(idNumbers, "id_number");
        dsl.select(CITIZEN.ID_NUMBER, CITIZEN.ID, CITIZEN.FULL_NAME, CITIZEN.PHONE)
                .from(wanted)
                .join(CITIZEN).on(CITIZEN.ID_NUMBER.eq(wanted.field("id_number", String.class)))
                .orderBy(CITIZEN.CREATED_AT, CITIZEN.ID)
                .forEach(r -> found.putIfAbsent(r.value1(), new KnownCitizen(r.value2(), r.value3(), r.value4())));
        return found;
    }

    /** The distinct {@code values} as a one-column table (H2's UNNEST of one array parameter). */
    private static Table<?> wanted(Collection<String> values, String column) {
        return DSL.unnest(DSL.val(values.stream().distinct().toArray(String[]::new))).as("wanted", column);
    }

    record NewCitizen(UUID id, String name, String idNumber, UUID villageId, String address) {
    }

    void insertCitizens(List<NewCitizen> citizens, UUID officeId) {
        Instant now = clock.instant();
        batch(CITIZEN, List.of(CITIZEN.ID, CITIZEN.FULL_NAME, CITIZEN.NAME_SEARCH, CITIZEN.ID_PAPER_TYPE,
                        CITIZEN.ID_NUMBER, CITIZEN.VILLAGE_ID, CITIZEN.ADDRESS, CITIZEN.ORIGIN_OFFICE_ID,
                        CITIZEN.CREATED_AT, CITIZEN.UPDATED_AT), citizens,
                c -> new Object[] {c.id(), c.name(), VietnameseText.searchKey(c.name()),
                        c.idNumber() == null ? null : "CCCD", c.idNumber(), c.villageId(), c.address(), officeId, now,
                        now});
    }

    /** A petition as the import writes it: the row, and who and what it resolved the row's names to. */
    record PetitionWrite(UUID id, String code, ParsedRow row, boolean anonymous, boolean confidential,
                         UUID petitionerId, String address) {
    }

    private static final List<Field<?>> CONTENT = List.of(PETITION.RECEIVED_DATE, PETITION.CHANNEL, PETITION.KIND,
            PETITION.COMPLAINT_ROUND, PETITION.FIELD_ID, PETITION.SUMMARY, PETITION.PEOPLE_COUNT, PETITION.IS_GROUP,
            PETITION.ANONYMOUS, PETITION.CONFIDENTIAL, PETITION.PETITIONER_ID, PETITION.VILLAGE_ID, PETITION.ADDRESS,
            PETITION.HANDLING_DIRECTION, PETITION.TRANSFER_AGENCY, PETITION.TRANSFER_DOC_NO,
            PETITION.HANDLING_UNIT_ID, PETITION.STATUS, PETITION.DUE_DATE, PETITION.RESOLVED_DATE,
            PETITION.RESULT_TEXT, PETITION.NOTE, PETITION.UPDATED_AT);

    private static Object[] content(PetitionWrite p, Instant now) {
        ParsedRow r = p.row();
        return new Object[] {r.received(), r.channel().name(), r.kind().name(),
                r.kind() == vn.danvan.desk.petition.PetitionKind.COMPLAINT ? 1 : null, r.fieldId(), r.summary(),
                r.people(), r.people() > 1, p.anonymous(), p.confidential(), p.petitionerId(), r.villageId(),
                p.address(), r.direction() == null ? null : r.direction().name(), r.transferAgency(),
                r.transferDocNo(), r.unitId(), r.status().name(), r.due(), r.resolved(), r.result(), r.note(), now};
    }

    void insertPetitions(List<PetitionWrite> petitions, UUID officeId, UUID officerId) {
        Instant now = clock.instant();
        List<Field<?>> fields = new ArrayList<>(List.of(PETITION.ID, PETITION.CODE, PETITION.ORIGIN_OFFICE_ID,
                PETITION.CREATED_BY, PETITION.CREATED_AT));
        fields.addAll(CONTENT);
        batch(PETITION, fields, petitions, p -> {
            Object[] content = content(p, now);
            Object[] values = new Object[5 + content.length];
            values[0] = p.id();
            values[1] = p.code();
            values[2] = officeId;
            values[3] = officerId;
            values[4] = now;
            System.arraycopy(content, 0, values, 5, content.length);
            return values;
        });
    }

    /** Writes the rows over the petitions of the same ids (their code stays). */
    void updatePetitions(List<PetitionWrite> petitions) {
        Instant now = clock.instant();
        var update = dsl.update(PETITION).set(PETITION.ROW_VERSION, PETITION.ROW_VERSION.plus(DSL.inline(1)));
        for (Field<?> field : CONTENT) {
            update = set(update, field);
        }
        batch(update.where(PETITION.ID.eq((UUID) null)), petitions, p -> {
            Object[] content = content(p, now);
            Object[] values = java.util.Arrays.copyOf(content, content.length + 1);
            values[content.length] = p.id();
            return values;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> org.jooq.UpdateSetMoreStep<vn.danvan.desk.common.db.generated.tables.records.PetitionRecord>
            set(org.jooq.UpdateSetMoreStep<vn.danvan.desk.common.db.generated.tables.records.PetitionRecord> update,
                Field<T> field) {
        return update.set(field, DSL.val((T) null, field));
    }

    /** Writes the tallies' changes collected while the chunk's petitions were written, in its transaction. */
    void applyTally(PetitionTallyTrigger.Collected tally) {
        dsl.connection(tally::applyAndStop);
    }

    record NewEvent(UUID id, UUID petitionId, PetitionEventType type, PetitionStatus from, PetitionStatus to,
                    String note) {
    }

    void insertEvents(List<NewEvent> events, UUID officerId) {
        Instant now = clock.instant();
        batch(PETITION_EVENT, List.of(PETITION_EVENT.ID, PETITION_EVENT.PETITION_ID, PETITION_EVENT.OCCURRED_AT,
                        PETITION_EVENT.OFFICER_ID, PETITION_EVENT.EVENT_TYPE, PETITION_EVENT.FROM_STATUS,
                        PETITION_EVENT.TO_STATUS, PETITION_EVENT.NOTE), events,
                e -> new Object[] {e.id(), e.petitionId(), now, officerId, e.type().name(),
                        e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), e.note()});
    }

    /** Inserts rows in JDBC batches (see {@link #batch(Query, List, Function)}). */
    private <T> void batch(Table<?> table, List<Field<?>> fields, List<T> rows, Function<T, Object[]> values) {
        batch(dsl.insertInto(table, fields).values(Collections.nCopies(fields.size(), null)), rows, values);
    }

    /**
     * Runs {@code query} once per row, in JDBC batches of a thousand: the SQL is the one jOOQ renders for the typed
     * query, the row's values are bound in the order of its placeholders. jOOQ's own batch made a bind context per
     * value, a third of the time of a large import (the demo generator found the same).
     */
    private <T> void batch(Query query, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = dsl.render(query);
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    Object[] bound = values.apply(row);
                    for (int i = 0; i < bound.length; i++) {
                        Object value = bound[i];
                        statement.setObject(i + 1, value instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : value);
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }
}
