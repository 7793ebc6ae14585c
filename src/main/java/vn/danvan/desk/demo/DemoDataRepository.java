package vn.danvan.desk.demo;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_CODE_SEQUENCE;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_LINK;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_REPRESENTATIVE;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.TimeOrderedIds;
import vn.danvan.desk.petition.PetitionState;
import vn.danvan.desk.petition.search.SearchIndexRepository;

/** Writes generated demo rows in JDBC batches: the fast path for a million petitions. */
final class DemoDataRepository {

    private final DSLContext dsl;
    private final UUID officeId;
    private final UUID officerId;
    private final TimeOrderedIds ids = new TimeOrderedIds();
    private final SearchIndexRepository searchIndex;

    DemoDataRepository(Database database, SearchIndexRepository searchIndex, UUID officeId, UUID officerId) {
        this.dsl = database.dsl();
        this.searchIndex = searchIndex;
        this.officeId = officeId;
        this.officerId = officerId;
    }

    void insertCitizens(List<DemoRecords.Citizen> rows) {
        BatchBindStep batch = batch(CITIZEN, CITIZEN.ID, CITIZEN.FULL_NAME, CITIZEN.NAME_SEARCH,
                CITIZEN.ID_PAPER_TYPE, CITIZEN.ID_NUMBER, CITIZEN.PHONE, CITIZEN.VILLAGE_ID, CITIZEN.ADDRESS,
                CITIZEN.ORIGIN_OFFICE_ID, CITIZEN.CREATED_AT, CITIZEN.UPDATED_AT);
        for (DemoRecords.Citizen c : rows) {
            batch.bind(c.id(), c.name(), vn.danvan.desk.common.text.VietnameseText.searchKey(c.name()),
                    c.idNumber() == null ? null : "CCCD", c.idNumber(), c.phone(), c.villageId(), c.address(),
                    officeId, c.createdAt(), c.createdAt());
        }
        execute(batch, rows.size());
    }

    void insertPetitions(List<DemoRecords.Petition> rows) {
        BatchBindStep batch = batch(PETITION, PETITION.ID, PETITION.CODE, PETITION.RECEIVED_DATE, PETITION.CHANNEL,
                PETITION.KIND, PETITION.COMPLAINT_ROUND, PETITION.FIELD_ID, PETITION.SUMMARY, PETITION.PEOPLE_COUNT,
                PETITION.IS_GROUP, PETITION.ANONYMOUS, PETITION.CONFIDENTIAL, PETITION.PETITIONER_ID,
                PETITION.VILLAGE_ID, PETITION.ADDRESS, PETITION.SUBMISSION_COUNT, PETITION.COMPETENCE,
                PETITION.HANDLING_DIRECTION, PETITION.TRANSFER_AGENCY, PETITION.TRANSFER_DOC_NO,
                PETITION.HANDLING_UNIT_ID, PETITION.STATUS, PETITION.STATUS_REASON, PETITION.ACCEPTED_DATE,
                PETITION.DUE_DATE, PETITION.RESOLVED_DATE, PETITION.RESULT_TEXT, PETITION.SETTLEMENT_DOC_NO,
                PETITION.COMMUNICATED_DATE, PETITION.SATISFACTION, PETITION.FLAG_COMPLEX, PETITION.FLAG_HOT_SPOT,
                PETITION.FLAG_REMOTE, PETITION.ORIGIN_OFFICE_ID,
                PETITION.CREATED_BY, PETITION.CREATED_AT, PETITION.UPDATED_AT);
        for (DemoRecords.Petition p : rows) {
            PetitionState s = p.state();
            batch.bind(p.id(), p.code(), p.received(), p.channel().name(), p.kind().name(), p.complaintRound(),
                    p.fieldId(), p.summary(), p.people(), p.group(), p.anonymous(), p.confidential(),
                    p.petitionerId(), p.villageId(), p.address(), p.submissionCount(), name(s.competence()),
                    name(s.direction()), s.transferAgency(), s.transferDocNo(), s.handlingUnitId(),
                    s.status().name(), s.statusReason(), s.acceptedDate(), s.dueDate(), s.resolvedDate(),
                    s.resultText(), s.settlementDocNo(), s.communicatedDate(), name(s.satisfaction()), p.complex(),
                    p.hotSpot(), p.remote(), officeId, officerId,
                    p.createdAt(), p.createdAt());
        }
        execute(batch, rows.size());
        searchIndex.insertDocuments(rows.stream()
                .map(p -> new SearchIndexRepository.IndexedDocument(p.docNo(), p.id(), p.search())).toList());
    }

    void insertEvents(List<DemoRecords.Event> rows) {
        BatchBindStep batch = batch(PETITION_EVENT, PETITION_EVENT.ID, PETITION_EVENT.PETITION_ID,
                PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.OFFICER_ID, PETITION_EVENT.EVENT_TYPE,
                PETITION_EVENT.FROM_STATUS, PETITION_EVENT.TO_STATUS);
        for (DemoRecords.Event e : rows) {
            batch.bind(ids.at(e.at()), e.petitionId(), e.at(), officerId, e.type().name(), name(e.from()),
                    name(e.to()));
        }
        execute(batch, rows.size());
    }

    void insertRepresentatives(List<DemoRecords.Representative> rows) {
        BatchBindStep batch = batch(PETITION_REPRESENTATIVE, PETITION_REPRESENTATIVE.PETITION_ID,
                PETITION_REPRESENTATIVE.ORDINAL, PETITION_REPRESENTATIVE.CITIZEN_ID);
        rows.forEach(r -> batch.bind(r.petitionId(), r.ordinal(), r.citizenId()));
        execute(batch, rows.size());
    }

    /** Repeat links, stored both ways like those made in the app. */
    void insertLinks(List<DemoRecords.Link> rows) {
        BatchBindStep batch = batch(PETITION_LINK, PETITION_LINK.PETITION_ID, PETITION_LINK.LINKED_PETITION_ID,
                PETITION_LINK.LINK_TYPE, PETITION_LINK.CREATED_AT);
        for (DemoRecords.Link l : rows) {
            batch.bind(l.repeat(), l.earlier(), "REPEAT_OF", l.at());
            batch.bind(l.earlier(), l.repeat(), "REPEATED_BY", l.at());
        }
        execute(batch, rows.size());
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

    private BatchBindStep batch(Table<?> table, Field<?>... fields) {
        return dsl.batch(dsl.insertInto(table, fields).values(Collections.nCopies(fields.length, null)));
    }

    private static void execute(BatchBindStep batch, int size) {
        if (size > 0) {
            batch.execute();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
