package vn.danvan.desk.demo;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_LINK;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_REPRESENTATIVE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.petition.PetitionState;
import vn.danvan.desk.petition.search.SearchIndexRepository;

/** Writes generated demo rows in JDBC batches: the fast path for a million petitions. */
final class DemoDataRepository {

    private final DSLContext dsl;
    private final UUID officeId;
    private final UUID officerId;
    private final SearchIndexRepository searchIndex;
    private long eventSeq;

    DemoDataRepository(Database database, SearchIndexRepository searchIndex, UUID officeId, UUID officerId) {
        this.dsl = database.dsl();
        this.searchIndex = searchIndex;
        this.officeId = officeId;
        this.officerId = officerId;
    }

    void insertCitizens(List<DemoRecords.Citizen> rows) {
        List<Field<?>> fields = List.of(CITIZEN.ID, CITIZEN.FULL_NAME, CITIZEN.NAME_SEARCH,
                CITIZEN.ID_PAPER_TYPE, CITIZEN.ID_NUMBER, CITIZEN.PHONE, CITIZEN.VILLAGE_ID, CITIZEN.ADDRESS,
                CITIZEN.ORIGIN_OFFICE_ID, CITIZEN.CREATED_AT, CITIZEN.UPDATED_AT);
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (DemoRecords.Citizen c : rows) {
            batch.add(new Object[] {c.id(), c.name(),
                    vn.danvan.desk.common.text.VietnameseText.searchKey(c.name()),
                    c.idNumber() == null ? null : "CCCD", c.idNumber(), c.phone(), c.villageId(), c.address(),
                    officeId, c.createdAt(), c.createdAt()});
        }
        insert(CITIZEN, fields, batch);
    }

    /** Writes the tallies' changes collected while a chunk's petitions were written, in its transaction. */
    void applyTally(vn.danvan.desk.dashboard.PetitionTallyTrigger.Collected tally) {
        dsl.connection(tally::applyAndStop);
    }

    void insertPetitions(List<DemoRecords.Petition> rows) {
        List<Field<?>> fields = List.of(PETITION.ID, PETITION.CODE, PETITION.RECEIVED_DATE, PETITION.CHANNEL,
                PETITION.KIND, PETITION.COMPLAINT_ROUND, PETITION.FIELD_ID, PETITION.SUMMARY, PETITION.PEOPLE_COUNT,
                PETITION.IS_GROUP, PETITION.ANONYMOUS, PETITION.CONFIDENTIAL, PETITION.PETITIONER_ID,
                PETITION.VILLAGE_ID, PETITION.ADDRESS, PETITION.SUBMISSION_COUNT, PETITION.COMPETENCE,
                PETITION.HANDLING_DIRECTION, PETITION.TRANSFER_AGENCY, PETITION.TRANSFER_DOC_NO,
                PETITION.HANDLING_UNIT_ID, PETITION.STATUS, PETITION.STATUS_REASON, PETITION.ACCEPTED_DATE,
                PETITION.DUE_DATE, PETITION.RESOLVED_DATE, PETITION.RESULT_TEXT, PETITION.SETTLEMENT_DOC_NO,
                PETITION.COMMUNICATED_DATE, PETITION.SATISFACTION, PETITION.FLAG_COMPLEX, PETITION.FLAG_HOT_SPOT,
                PETITION.FLAG_REMOTE, PETITION.ORIGIN_OFFICE_ID,
                PETITION.CREATED_BY, PETITION.CREATED_AT, PETITION.UPDATED_AT);
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (DemoRecords.Petition p : rows) {
            PetitionState s = p.state();
            batch.add(new Object[] {p.id(), p.code(), p.received(), p.channel().name(), p.kind().name(),
                    p.complaintRound(), p.fieldId(), p.summary(), p.people(), p.group(), p.anonymous(), p.confidential(),
                    p.petitionerId(), p.villageId(), p.address(), p.submissionCount(), name(s.competence()),
                    name(s.direction()), s.transferAgency(), s.transferDocNo(), s.handlingUnitId(),
                    s.status().name(), s.statusReason(), s.acceptedDate(), s.dueDate(), s.resolvedDate(),
                    s.resultText(), s.settlementDocNo(), s.communicatedDate(), name(s.satisfaction()), p.complex(),
                    p.hotSpot(), p.remote(), officeId, officerId,
                    p.createdAt(), p.createdAt()});
        }
        insert(PETITION, fields, batch);
    }

    void insertSearchDocuments(List<DemoRecords.Petition> rows) {
        searchIndex.insertDocuments(rows.stream()
                .map(p -> new SearchIndexRepository.IndexedDocument(p.docNo(), p.id(), p.search())).toList());
    }

    /**
     * Events with their sequence numbers given here, from the last one in use on ({@link #startEventSeq()}): drawing them from the identity
     * column made H2 write its sequence, and with it the whole store, every few rows.
     */
    void insertEvents(List<DemoRecords.Event> rows) {
        List<Field<?>> fields = List.of(PETITION_EVENT.ID, PETITION_EVENT.PETITION_ID,
                PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.OFFICER_ID, PETITION_EVENT.EVENT_TYPE,
                PETITION_EVENT.FROM_STATUS, PETITION_EVENT.TO_STATUS, PETITION_EVENT.SEQ);
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (DemoRecords.Event e : rows) {
            batch.add(new Object[] {e.id(), e.petitionId(), e.at(), officerId, e.type().name(), name(e.from()),
                    name(e.to()), ++eventSeq});
        }
        insert(PETITION_EVENT, fields, batch);
    }

    /** Continues the event numbers where {@link #insertEvents} left them; call outside a transaction. */
    void restartEventSeq() {
        dsl.execute("ALTER TABLE PETITION_EVENT ALTER COLUMN SEQ RESTART WITH " + (eventSeq + 1));
    }

    void insertRepresentatives(List<DemoRecords.Representative> rows) {
        List<Field<?>> fields = List.of(PETITION_REPRESENTATIVE.PETITION_ID,
                PETITION_REPRESENTATIVE.ORDINAL, PETITION_REPRESENTATIVE.CITIZEN_ID);
        List<Object[]> batch = new ArrayList<>(rows.size());
        rows.forEach(r -> batch.add(new Object[] {r.petitionId(), r.ordinal(), r.citizenId()}));
        insert(PETITION_REPRESENTATIVE, fields, batch);
    }

    /** Repeat links, stored both ways like those made in the app. */
    void insertLinks(List<DemoRecords.Link> rows) {
        List<Field<?>> fields = List.of(PETITION_LINK.PETITION_ID, PETITION_LINK.LINKED_PETITION_ID,
                PETITION_LINK.LINK_TYPE, PETITION_LINK.CREATED_AT);
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (DemoRecords.Link l : rows) {
            batch.add(new Object[] {l.repeat(), l.earlier(), "REPEAT_OF", l.at()});
            batch.add(new Object[] {l.earlier(), l.repeat(), "REPEATED_BY", l.at()});
        }
        insert(PETITION_LINK, fields, batch);
    }

    /** Raises each code sequence to at least the last value used, so codes made later in the app never clash. */
    void raiseSequences(Map<String, Integer> lastByPrefixAndYear) {
        lastByPrefixAndYear.forEach((key, last) -> {
            String prefix = key.substring(0, key.indexOf('/'));
            int year = Integer.parseInt(key.substring(key.indexOf('/') + 1));
            dsl.mergeInto(PETITION_CODE_SEQUENCE)
                    .using(dsl.selectOne())
                    .on(PETITION_CODE_SEQUENCE.PREFIX.eq(prefix), PETITION_CODE_SEQUENCE.CODE_YEAR.eq(year))
                    .whenMatchedThenUpdate()
                    .set(PETITION_CODE_SEQUENCE.LAST_VALUE,
                            org.jooq.impl.DSL.greatest(PETITION_CODE_SEQUENCE.LAST_VALUE, org.jooq.impl.DSL.val(last)))
                    .whenNotMatchedThenInsert(PETITION_CODE_SEQUENCE.PREFIX, PETITION_CODE_SEQUENCE.CODE_YEAR,
                            PETITION_CODE_SEQUENCE.LAST_VALUE)
                    .values(prefix, year, last)
                    .execute();
        });
    }

    /** Reads the last event number in use, from which {@link #insertEvents} continues. */
    void startEventSeq() {
        eventSeq = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(PETITION_EVENT.SEQ), 0L))
                .from(PETITION_EVENT).fetchSingle().value1();
    }

    /** H2's page cache in KB; returns the size it had. */
    long cacheSize(long kilobytes) {
        long before = Long.parseLong(dsl.fetchValue("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'").toString()) * 1024;
        dsl.execute("SET CACHE_SIZE " + kilobytes);
        return before;
    }

    long petitionCount() {
        return dsl.fetchCount(PETITION);
    }

    /**
     * Drops the secondary indexes of the tables a bulk load fills (not those of keys and constraints) and returns the statements
     * that make them again: an index built once over the loaded rows costs less than one kept up to date row by row,
     * above all when its keys come in random order (names, ID numbers).
     */
    List<String> dropSecondaryIndexes() {
        List<String> names = Stream.of(CITIZEN, PETITION, PETITION_EVENT, PETITION_SEARCH, PETITION_REPRESENTATIVE,
                PETITION_LINK).map(Table::getName).toList();
        var columns = dsl.resultQuery("SELECT c.INDEX_NAME, c.TABLE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION,"
                        + " i.INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c"
                        + " JOIN INFORMATION_SCHEMA.INDEXES i ON i.INDEX_SCHEMA = c.INDEX_SCHEMA"
                        + " AND i.INDEX_NAME = c.INDEX_NAME"
                        + " WHERE c.TABLE_SCHEMA = 'PUBLIC' AND c.TABLE_NAME IN ({0})"
                        + " AND i.INDEX_TYPE_NAME IN ('INDEX', 'UNIQUE INDEX')"
                        + " AND c.INDEX_NAME NOT IN (SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE INDEX_NAME IS NOT NULL) ORDER BY c.INDEX_NAME, c.ORDINAL_POSITION",
                org.jooq.impl.DSL.list(names.stream().map(org.jooq.impl.DSL::inline).toList())).fetch();
        Map<String, StringBuilder> ddl = new java.util.LinkedHashMap<>();
        for (var r : columns) {
            String index = r.get(0, String.class);
            StringBuilder statement = ddl.get(index);
            String column = "\"" + r.get(2, String.class) + "\" " + r.get(3, String.class);
            if (statement == null) {
                ddl.put(index, new StringBuilder("CREATE ")
                        .append("UNIQUE INDEX".equals(r.get(4, String.class)) ? "UNIQUE " : "")
                        .append("INDEX \"").append(index).append("\" ON \"").append(r.get(1, String.class))
                        .append("\" (").append(column));
            } else {
                statement.append(", ").append(column);
            }
        }
        ddl.keySet().forEach(index -> dsl.execute("DROP INDEX \"" + index + "\""));
        return ddl.values().stream().map(b -> b.append(')').toString()).toList();
    }

    void createIndexes(List<String> statements) {
        statements.forEach(dsl::execute);
    }

    /**
     * Switches H2's foreign-key checks off for the bulk load (every generated reference points at a row written
     * before it) and on again; the setting is the database's, so it is always switched back in a finally block.
     */
    void referentialIntegrity(boolean on) {
        dsl.execute("SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE"));
    }

    /** Refreshes H2's statistics after a bulk load, so that its planner knows the new sizes. */
    void analyze() {
        dsl.execute("ANALYZE");
    }

    /** The last sequence value already used for a prefix and year (0 when none). */
    int lastSequence(String prefix, int year) {
        return dsl.select(PETITION_CODE_SEQUENCE.LAST_VALUE).from(PETITION_CODE_SEQUENCE)
                .where(PETITION_CODE_SEQUENCE.PREFIX.eq(prefix), PETITION_CODE_SEQUENCE.CODE_YEAR.eq(year))
                .fetchOptional(PETITION_CODE_SEQUENCE.LAST_VALUE).orElse(0);
    }

    /**
     * An insert of many rows through one JDBC prepared statement. jOOQ's batch built a bind context per value and
     * took a third of the time of the petition inserts.
     */
    private void insert(Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO \"" + table.getName() + "\" (" + fields.stream()
                .map(f -> "\"" + f.getName() + "\"").collect(java.util.stream.Collectors.joining(", "))
                + ") VALUES (" + String.join(", ", Collections.nCopies(fields.size(), "?")) + ")";
        dsl.connection(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        Object value = row[i];
                        statement.setObject(i + 1, value instanceof java.time.Instant at
                                ? at.atOffset(java.time.ZoneOffset.UTC) : value);
                    }
                    statement.addBatch();
                    if (++pending == 1_000) {
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

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
