package vn.danvan.desk.petition;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.OFFICER;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EXTENSION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_LINK;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_REPRESENTATIVE;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Record;
import org.jooq.DSLContext;
import vn.danvan.desk.common.db.CodeSequences;
import vn.danvan.desk.common.db.Database;

/** Petitions: insert, read one with its history and links, and write lifecycle changes. */
public final class PetitionRepository {

    private final DSLContext dsl;
    private final Clock clock;
    private final CodeSequences codes;

    public PetitionRepository(Database database, Clock clock) {
        this.codes = new CodeSequences(database);
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** The next readable code for a kind and year, e.g. {@code KN-2026-00042}. Call inside a transaction. */
    public String nextCode(PetitionKind kind, int year) {
        return formatCode(kind.codePrefix(), year, codes.next(kind.codePrefix(), year));
    }

    /** {@code KN-2026-00042}: the code the app gives; an import keeps other forms as they are. */
    public static String formatCode(String prefix, int year, int value) {
        return String.format("%s-%d-%05d", prefix, year, value);
    }

    public void insert(NewPetition p) {
        PetitionDraft d = p.draft();
        Instant now = clock.instant();
        dsl.insertInto(PETITION)
                .set(PETITION.ID, p.id())
                .set(PETITION.CODE, p.code())
                .set(PETITION.RECEIVED_DATE, d.receivedDate())
                .set(PETITION.CHANNEL, d.channel().name())
                .set(PETITION.KIND, d.kind().name())
                .set(PETITION.COMPLAINT_ROUND, d.complaintRound())
                .set(PETITION.FIELD_ID, d.fieldId())
                .set(PETITION.SUMMARY, p.summary())
                .set(PETITION.PEOPLE_COUNT, d.peopleCount())
                .set(PETITION.IS_GROUP, d.group())
                .set(PETITION.ANONYMOUS, d.anonymous())
                .set(PETITION.CONFIDENTIAL, p.confidential())
                .set(PETITION.PETITIONER_ID, p.petitionerId())
                .set(PETITION.VILLAGE_ID, d.villageId())
                .set(PETITION.ADDRESS, p.address())
                .set(PETITION.SUBMISSION_COUNT, p.submissionCount())
                .set(PETITION.HANDLING_UNIT_ID, d.handlingUnitId())
                .set(PETITION.STATUS, PetitionStatus.RECEIVED.name())
                .set(PETITION.DUE_DATE, p.dueDate())
                .set(PETITION.FLAG_COMPLEX, d.complex())
                .set(PETITION.FLAG_HOT_SPOT, d.hotSpot())
                .set(PETITION.FLAG_REMOTE, d.remote())
                .set(PETITION.DIALOGUE_SESSION_ID, d.dialogueSessionId())
                .set(PETITION.NOTE, p.note())
                .set(PETITION.ORIGIN_OFFICE_ID, p.officeId())
                .set(PETITION.CREATED_BY, p.createdBy())
                .set(PETITION.CREATED_AT, now)
                .set(PETITION.UPDATED_AT, now)
                .execute();
    }

    public void insertRepresentative(UUID petitionId, int ordinal, UUID citizenId) {
        dsl.insertInto(PETITION_REPRESENTATIVE)
                .set(PETITION_REPRESENTATIVE.PETITION_ID, petitionId)
                .set(PETITION_REPRESENTATIVE.ORDINAL, ordinal)
                .set(PETITION_REPRESENTATIVE.CITIZEN_ID, citizenId)
                .execute();
    }

    /** Links two petitions both ways; an existing link between them is left as it is. */
    public void link(UUID from, UUID to, PetitionLink.LinkType type) {
        Instant now = clock.instant();
        dsl.insertInto(PETITION_LINK)
                .set(PETITION_LINK.PETITION_ID, from).set(PETITION_LINK.LINKED_PETITION_ID, to)
                .set(PETITION_LINK.LINK_TYPE, type.name()).set(PETITION_LINK.CREATED_AT, now)
                .onDuplicateKeyIgnore().execute();
        dsl.insertInto(PETITION_LINK)
                .set(PETITION_LINK.PETITION_ID, to).set(PETITION_LINK.LINKED_PETITION_ID, from)
                .set(PETITION_LINK.LINK_TYPE, type.reverse().name()).set(PETITION_LINK.CREATED_AT, now)
                .onDuplicateKeyIgnore().execute();
    }

    public void insertEvent(UUID petitionId, UUID officerId, PetitionEventType type, PetitionStatus from,
                            PetitionStatus to, String note) {
        dsl.insertInto(PETITION_EVENT)
                .set(PETITION_EVENT.ID, UUID.randomUUID())
                .set(PETITION_EVENT.PETITION_ID, petitionId)
                .set(PETITION_EVENT.OCCURRED_AT, clock.instant())
                .set(PETITION_EVENT.OFFICER_ID, officerId)
                .set(PETITION_EVENT.EVENT_TYPE, type.name())
                .set(PETITION_EVENT.FROM_STATUS, from == null ? null : from.name())
                .set(PETITION_EVENT.TO_STATUS, to == null ? null : to.name())
                .set(PETITION_EVENT.NOTE, note)
                .execute();
    }

    public void insertExtension(UUID petitionId, LocalDate extendedOn, String docNo, LocalDate previousDue,
                                LocalDate newDue) {
        dsl.insertInto(PETITION_EXTENSION)
                .set(PETITION_EXTENSION.ID, UUID.randomUUID())
                .set(PETITION_EXTENSION.PETITION_ID, petitionId)
                .set(PETITION_EXTENSION.EXTENDED_ON, extendedOn)
                .set(PETITION_EXTENSION.DOC_NO, docNo)
                .set(PETITION_EXTENSION.PREVIOUS_DUE, previousDue)
                .set(PETITION_EXTENSION.NEW_DUE_DATE, newDue)
                .set(PETITION_EXTENSION.CREATED_AT, clock.instant())
                .execute();
    }

    /**
     * Writes a new lifecycle state if the petition is still at {@code expectedVersion}; returns whether it was
     * (a concurrent change makes it return {@code false}).
     */
    public boolean updateState(UUID id, int expectedVersion, PetitionState s) {
        return dsl.update(PETITION)
                .set(PETITION.STATUS, s.status().name())
                .set(PETITION.STATUS_REASON, s.statusReason())
                .set(PETITION.COMPETENCE, s.competence() == null ? null : s.competence().name())
                .set(PETITION.HANDLING_DIRECTION, s.direction() == null ? null : s.direction().name())
                .set(PETITION.TRANSFER_AGENCY, s.transferAgency())
                .set(PETITION.TRANSFER_DOC_NO, s.transferDocNo())
                .set(PETITION.HANDLING_UNIT_ID, s.handlingUnitId())
                .set(PETITION.ACCEPTED_DATE, s.acceptedDate())
                .set(PETITION.DUE_DATE, s.dueDate())
                .set(PETITION.SUSPENDED_DATE, s.suspendedDate())
                .set(PETITION.RESUMED_DATE, s.resumedDate())
                .set(PETITION.RESOLVED_DATE, s.resolvedDate())
                .set(PETITION.RESULT_TEXT, s.resultText())
                .set(PETITION.SETTLEMENT_DOC_NO, s.settlementDocNo())
                .set(PETITION.COMMUNICATED_DATE, s.communicatedDate())
                .set(PETITION.SATISFACTION, s.satisfaction() == null ? null : s.satisfaction().name())
                .set(PETITION.UPDATED_AT, clock.instant())
                .set(PETITION.ROW_VERSION, PETITION.ROW_VERSION.plus(1))
                .where(PETITION.ID.eq(id), PETITION.ROW_VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** The facts a due date is computed from, for the open petitions whose due date follows the rules. */
    public record DueFacts(UUID id, PetitionKind kind, Integer complaintRound, boolean complex, boolean remote,
                           PetitionStatus status, LocalDate received, LocalDate accepted, LocalDate due,
                           LocalDate suspended, LocalDate resumed) {
    }

    /**
     * Open petitions received, being sorted, accepted or in progress, never extended (an extension fixes its due
     * date by a document) and not voided.
     */
    public List<DueFacts> dueFactsOfOpen() {
        return dsl.select(PETITION.ID, PETITION.KIND, PETITION.COMPLAINT_ROUND, PETITION.FLAG_COMPLEX,
                        PETITION.FLAG_REMOTE, PETITION.STATUS, PETITION.RECEIVED_DATE, PETITION.ACCEPTED_DATE,
                        PETITION.DUE_DATE, PETITION.SUSPENDED_DATE, PETITION.RESUMED_DATE)
                .from(PETITION)
                .where(PETITION.STATUS.in(PetitionStatus.RECEIVED.name(), PetitionStatus.SORTING.name(),
                        PetitionStatus.ACCEPTED.name(), PetitionStatus.IN_PROGRESS.name()))
                .and(PETITION.VOIDED.isFalse())
                .andNotExists(dsl.selectOne().from(PETITION_EXTENSION)
                        .where(PETITION_EXTENSION.PETITION_ID.eq(PETITION.ID)))
                .fetch(r -> new DueFacts(r.value1(), PetitionKind.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), PetitionStatus.valueOf(r.value6()), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11()));
    }

    public void updateDueDate(UUID id, LocalDate due) {
        dsl.update(PETITION).set(PETITION.DUE_DATE, due).set(PETITION.UPDATED_AT, clock.instant())
                .set(PETITION.ROW_VERSION, PETITION.ROW_VERSION.plus(1))
                .where(PETITION.ID.eq(id)).execute();
    }

    public void markVoided(UUID id, String reason) {
        dsl.update(PETITION)
                .set(PETITION.VOIDED, true)
                .set(PETITION.VOID_REASON, reason)
                .set(PETITION.UPDATED_AT, clock.instant())
                .set(PETITION.ROW_VERSION, PETITION.ROW_VERSION.plus(1))
                .where(PETITION.ID.eq(id))
                .execute();
    }

    public void updateSubmissionCount(UUID id, int count) {
        dsl.update(PETITION).set(PETITION.SUBMISSION_COUNT, count).where(PETITION.ID.eq(id)).execute();
    }

    public Optional<Petition> findById(UUID id) {
        return dsl.select(PETITION.asterisk(), CITIZEN.FULL_NAME, CITIZEN.ID_NUMBER, CITIZEN.PHONE,
                        PETITION_FIELD.NAME, VILLAGE.NAME, HANDLING_UNIT.NAME)
                .from(PETITION)
                .leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .leftJoin(PETITION_FIELD).on(PETITION_FIELD.ID.eq(PETITION.FIELD_ID))
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(PETITION.VILLAGE_ID))
                .leftJoin(HANDLING_UNIT).on(HANDLING_UNIT.ID.eq(PETITION.HANDLING_UNIT_ID))
                .where(PETITION.ID.eq(id))
                .fetchOptional(PetitionRepository::toPetition);
    }

    public Optional<UUID> findIdByCode(String code) {
        return dsl.select(PETITION.ID).from(PETITION).where(PETITION.CODE.equalIgnoreCase(code.strip()))
                .fetchOptional(PETITION.ID);
    }

    public List<PetitionEvent> events(UUID petitionId) {
        return dsl.select(PETITION_EVENT.asterisk(), OFFICER.FULL_NAME).from(PETITION_EVENT)
                .leftJoin(OFFICER).on(OFFICER.ID.eq(PETITION_EVENT.OFFICER_ID))
                .where(PETITION_EVENT.PETITION_ID.eq(petitionId))
                .orderBy(PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.SEQ)
                .fetch(PetitionRepository::toEvent);
    }

    public List<PetitionLink> links(UUID petitionId) {
        return dsl.select(PETITION_LINK.LINKED_PETITION_ID, PETITION_LINK.LINK_TYPE, PETITION.CODE,
                        PETITION.RECEIVED_DATE, PETITION.STATUS, PETITION.SUMMARY)
                .from(PETITION_LINK).join(PETITION).on(PETITION.ID.eq(PETITION_LINK.LINKED_PETITION_ID))
                .where(PETITION_LINK.PETITION_ID.eq(petitionId))
                .orderBy(PETITION.RECEIVED_DATE, PETITION.CODE)
                .fetch(r -> new PetitionLink(r.value1(), r.value3(), PetitionLink.LinkType.valueOf(r.value2()),
                        r.value4(), PetitionStatus.valueOf(r.value5()), r.value6()));
    }

    public List<UUID> representativeIds(UUID petitionId) {
        return dsl.select(PETITION_REPRESENTATIVE.CITIZEN_ID).from(PETITION_REPRESENTATIVE)
                .where(PETITION_REPRESENTATIVE.PETITION_ID.eq(petitionId))
                .orderBy(PETITION_REPRESENTATIVE.ORDINAL)
                .fetch(PETITION_REPRESENTATIVE.CITIZEN_ID);
    }

    /** Names of the representatives of a group petition, in order. */
    public List<String> representativeNames(UUID petitionId) {
        return dsl.select(CITIZEN.FULL_NAME).from(PETITION_REPRESENTATIVE)
                .join(CITIZEN).on(CITIZEN.ID.eq(PETITION_REPRESENTATIVE.CITIZEN_ID))
                .where(PETITION_REPRESENTATIVE.PETITION_ID.eq(petitionId))
                .orderBy(PETITION_REPRESENTATIVE.ORDINAL)
                .fetch(CITIZEN.FULL_NAME);
    }

    /** What the search index is made from: a petition's code, summary and petitioner as stored. */
    public record IndexSource(UUID id, String code, String summary, boolean confidential, String name,
                              String idNumber, String phone, String address) {
    }

    /** The petitions after {@code after} (by id; {@code null} for the first page), for rebuilding the index. */
    public List<IndexSource> indexSources(UUID after, int limit) {
        return indexSources(after == null ? org.jooq.impl.DSL.noCondition() : PETITION.ID.gt(after), limit);
    }

    /** The index sources of some petitions (a few hundred at most), to index them again after a change. */
    public List<IndexSource> indexSources(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : indexSources(PETITION.ID.in(ids), ids.size());
    }

    private List<IndexSource> indexSources(org.jooq.Condition which, int limit) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.SUMMARY, PETITION.CONFIDENTIAL, PETITION.KIND,
                        PETITION.ANONYMOUS, CITIZEN.FULL_NAME, CITIZEN.ID_NUMBER, CITIZEN.PHONE, PETITION.ADDRESS)
                .from(PETITION)
                .leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .where(which)
                .orderBy(PETITION.ID)
                .limit(limit)
                .fetch(r -> {
                    boolean hidden = r.value4() || PetitionKind.valueOf(r.value5()).alwaysConfidential();
                    boolean anonymous = r.value6();
                    return new IndexSource(r.value1(), r.value2(), r.value3(), hidden,
                            anonymous ? null : r.value7(), anonymous ? null : r.value8(),
                            anonymous ? null : r.value9(), anonymous ? null : r.value10());
                });
    }

    public long count() {
        return dsl.fetchCount(PETITION);
    }

    // ---------------------------------------------------------------- mapping rows to records

    static Petition toPetition(Record r) {
        Identity identity = identityOf(r);
        return new Petition(r.get(PETITION.ID), r.get(PETITION.CODE), r.get(PETITION.ROW_VERSION),
                r.get(PETITION.RECEIVED_DATE), PetitionChannel.valueOf(r.get(PETITION.CHANNEL)),
                PetitionKind.valueOf(r.get(PETITION.KIND)), r.get(PETITION.COMPLAINT_ROUND),
                r.get(PETITION.FIELD_ID), r.get(PETITION_FIELD.NAME), r.get(PETITION.SUMMARY),
                r.get(PETITION.PEOPLE_COUNT), r.get(PETITION.IS_GROUP), r.get(PETITION.ANONYMOUS),
                r.get(PETITION.CONFIDENTIAL), identity, r.get(PETITION.VILLAGE_ID), r.get(VILLAGE.NAME),
                r.get(PETITION.SUBMISSION_COUNT), enumOrNull(r.get(PETITION.COMPETENCE), Competence::valueOf),
                enumOrNull(r.get(PETITION.HANDLING_DIRECTION), HandlingDirection::valueOf),
                r.get(PETITION.TRANSFER_AGENCY), r.get(PETITION.TRANSFER_DOC_NO), r.get(PETITION.HANDLING_UNIT_ID),
                r.get(HANDLING_UNIT.NAME), PetitionStatus.valueOf(r.get(PETITION.STATUS)),
                r.get(PETITION.STATUS_REASON), r.get(PETITION.ACCEPTED_DATE), r.get(PETITION.DUE_DATE),
                r.get(PETITION.SUSPENDED_DATE), r.get(PETITION.RESUMED_DATE), r.get(PETITION.RESOLVED_DATE),
                r.get(PETITION.RESULT_TEXT), r.get(PETITION.SETTLEMENT_DOC_NO), r.get(PETITION.COMMUNICATED_DATE),
                enumOrNull(r.get(PETITION.SATISFACTION), Satisfaction::valueOf), r.get(PETITION.FLAG_COMPLEX),
                r.get(PETITION.FLAG_HOT_SPOT), r.get(PETITION.FLAG_REMOTE), r.get(PETITION.DIALOGUE_SESSION_ID),
                r.get(PETITION.NOTE), r.get(PETITION.VOIDED), r.get(PETITION.VOID_REASON),
                r.get(PETITION.CREATED_AT));
    }

    /** The petitioner as stored (unmasked), from a row joined with the citizen; none for an anonymous one. */
    static Identity identityOf(Record r) {
        return r.get(PETITION.ANONYMOUS) ? Identity.anonymous()
                : new Identity(r.get(PETITION.PETITIONER_ID), r.get(CITIZEN.FULL_NAME), r.get(CITIZEN.ID_NUMBER),
                r.get(CITIZEN.PHONE), r.get(PETITION.ADDRESS), false);
    }

    static PetitionEvent toEvent(Record r) {
        return new PetitionEvent(r.get(PETITION_EVENT.ID), r.get(PETITION_EVENT.OCCURRED_AT),
                r.get(OFFICER.FULL_NAME), PetitionEventType.valueOf(r.get(PETITION_EVENT.EVENT_TYPE)),
                enumOrNull(r.get(PETITION_EVENT.FROM_STATUS), PetitionStatus::valueOf),
                enumOrNull(r.get(PETITION_EVENT.TO_STATUS), PetitionStatus::valueOf), r.get(PETITION_EVENT.NOTE));
    }

    static <E> E enumOrNull(String value, Function<String, E> parse) {
        return value == null ? null : parse.apply(value);
    }
}
