package vn.danvan.desk.dialogue;

import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_ASSIGNMENT;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_CHAIR;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION_VILLAGE;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.CodeSequences;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.OfficeScope;
import vn.danvan.desk.common.db.generated.tables.records.DialogueSessionRecord;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.petition.ResolutionGroup;

/** Dialogue sessions with their chairs, villages, opinions and conclusion-notice assignments. */
public final class DialogueRepository {

    static final String CODE_PREFIX = "DT";

    private final DSLContext dsl;
    private final Clock clock;
    private final CodeSequences codes;

    public DialogueRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
        this.codes = new CodeSequences(database);
    }

    /** The next session code of {@code year}, e.g. {@code DT-2026-004}. Call inside the saving transaction. */
    public String nextCode(int year) {
        return String.format("%s-%d-%03d", CODE_PREFIX, year, codes.next(CODE_PREFIX, year));
    }

    public void insertSession(UUID id, String code, SessionDraft d, UUID officeId, UUID officerId) {
        var now = clock.instant();
        dsl.insertInto(DIALOGUE_SESSION)
                .set(DIALOGUE_SESSION.ID, id)
                .set(DIALOGUE_SESSION.CODE, code)
                .set(DIALOGUE_SESSION.ROW_VERSION, 0)
                .set(DIALOGUE_SESSION.ORIGIN_OFFICE_ID, officeId)
                .set(DIALOGUE_SESSION.CREATED_BY, officerId)
                .set(DIALOGUE_SESSION.CREATED_AT, now)
                .set(DIALOGUE_SESSION.UPDATED_AT, now)
                .set(sessionFields(d))
                .execute();
    }

    /** Writes the session's own fields if nobody changed it since {@code d.rowVersion()}; false otherwise. */
    public boolean updateSession(SessionDraft d) {
        return dsl.update(DIALOGUE_SESSION)
                .set(sessionFields(d))
                .set(DIALOGUE_SESSION.UPDATED_AT, clock.instant())
                .set(DIALOGUE_SESSION.ROW_VERSION, DIALOGUE_SESSION.ROW_VERSION.plus(1))
                .where(DIALOGUE_SESSION.ID.eq(d.id()), DIALOGUE_SESSION.ROW_VERSION.eq(d.rowVersion()),
                        DIALOGUE_SESSION.VOIDED.isFalse())
                .execute() == 1;
    }

    private static Map<Field<?>, Object> sessionFields(SessionDraft d) {
        Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(DIALOGUE_SESSION.KIND, d.kind().name());
        values.put(DIALOGUE_SESSION.SESSION_DATE, d.date());
        values.put(DIALOGUE_SESSION.START_TIME, d.start());
        values.put(DIALOGUE_SESSION.END_TIME, d.end());
        values.put(DIALOGUE_SESSION.PLACE, VietnameseText.clean(d.place()));
        values.put(DIALOGUE_SESSION.PARTICIPATING_BODIES, VietnameseText.cleanOrNull(d.participatingBodies()));
        values.put(DIALOGUE_SESSION.CITIZENS_COUNT, d.citizensCount());
        values.put(DIALOGUE_SESSION.OFFICIALS_COUNT, d.officialsCount());
        values.put(DIALOGUE_SESSION.TOPICS, multiline(d.topics()));
        values.put(DIALOGUE_SESSION.CONCLUSIONS, multiline(d.conclusions()));
        values.put(DIALOGUE_SESSION.POINTS_AGREED, multiline(d.pointsAgreed()));
        values.put(DIALOGUE_SESSION.POINTS_DISPUTED, multiline(d.pointsDisputed()));
        values.put(DIALOGUE_SESSION.ABSENT_PEOPLE, multiline(d.absentPeople()));
        values.put(DIALOGUE_SESSION.NOTE_TAKER, VietnameseText.cleanOrNull(d.noteTaker()));
        return values;
    }

    /** Text that may hold several lines: trimmed, kept as typed inside, null when blank. */
    static String multiline(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Replaces the chairs and the villages of a session. */
    public void replaceChairsAndVillages(UUID sessionId, List<Chair> chairs, List<UUID> villageIds) {
        dsl.deleteFrom(DIALOGUE_CHAIR).where(DIALOGUE_CHAIR.SESSION_ID.eq(sessionId)).execute();
        for (int i = 0; i < chairs.size(); i++) {
            dsl.insertInto(DIALOGUE_CHAIR)
                    .set(DIALOGUE_CHAIR.ID, UUID.randomUUID())
                    .set(DIALOGUE_CHAIR.SESSION_ID, sessionId)
                    .set(DIALOGUE_CHAIR.ORDINAL, i + 1)
                    .set(DIALOGUE_CHAIR.NAME, VietnameseText.clean(chairs.get(i).name()))
                    .set(DIALOGUE_CHAIR.TITLE, VietnameseText.cleanOrNull(chairs.get(i).title()))
                    .execute();
        }
        dsl.deleteFrom(DIALOGUE_SESSION_VILLAGE).where(DIALOGUE_SESSION_VILLAGE.SESSION_ID.eq(sessionId)).execute();
        for (UUID village : villageIds.stream().distinct().toList()) {
            dsl.insertInto(DIALOGUE_SESSION_VILLAGE)
                    .set(DIALOGUE_SESSION_VILLAGE.SESSION_ID, sessionId)
                    .set(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID, village)
                    .execute();
        }
    }

    /**
     * Replaces the assignments of a session; returns their new ids in order. Opinions point at assignments, so
     * their links are cleared first and written again by {@link #saveOpinion}.
     */
    public List<UUID> replaceAssignments(UUID sessionId, List<AssignmentDraft> assignments) {
        dsl.update(OPINION).setNull(OPINION.ASSIGNMENT_ID).where(OPINION.SESSION_ID.eq(sessionId)).execute();
        dsl.deleteFrom(DIALOGUE_ASSIGNMENT).where(DIALOGUE_ASSIGNMENT.SESSION_ID.eq(sessionId)).execute();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentDraft a = assignments.get(i);
            UUID id = UUID.randomUUID();
            dsl.insertInto(DIALOGUE_ASSIGNMENT)
                    .set(DIALOGUE_ASSIGNMENT.ID, id)
                    .set(DIALOGUE_ASSIGNMENT.SESSION_ID, sessionId)
                    .set(DIALOGUE_ASSIGNMENT.ORDINAL, i + 1)
                    .set(DIALOGUE_ASSIGNMENT.HANDLING_UNIT_ID, a.unitId())
                    .set(DIALOGUE_ASSIGNMENT.CONTENT, multiline(a.content()))
                    .set(DIALOGUE_ASSIGNMENT.DUE_DATE, a.dueDate())
                    .set(DIALOGUE_ASSIGNMENT.NOTICE_DOC_NO, VietnameseText.cleanOrNull(a.noticeDocNo()))
                    .execute();
            ids.add(id);
        }
        return ids;
    }

    /** The opinions on file for a session: id → the petition it became (null when none). */
    public Map<UUID, Optional<UUID>> opinionPetitions(UUID sessionId) {
        return dsl.select(OPINION.ID, OPINION.PETITION_ID).from(OPINION).where(OPINION.SESSION_ID.eq(sessionId))
                .fetchMap(r -> r.value1(), r -> Optional.ofNullable(r.value2()));
    }

    public void deleteOpinion(UUID opinionId) {
        dsl.deleteFrom(OPINION).where(OPINION.ID.eq(opinionId)).execute();
    }

    /**
     * Writes an opinion at position {@code ordinal}: inserted when {@code o.id()} is null, else updated. Ordinals
     * are first moved out of the way ({@link #shiftOrdinals}) so that re-ordering never collides.
     */
    public UUID saveOpinion(UUID sessionId, int ordinal, OpinionDraft o, UUID petitionId, UUID assignmentId) {
        var now = clock.instant();
        if (o.id() == null) {
            UUID id = UUID.randomUUID();
            dsl.insertInto(OPINION)
                    .set(OPINION.ID, id)
                    .set(OPINION.SESSION_ID, sessionId)
                    .set(OPINION.ORDINAL, ordinal)
                    .set(opinionFields(o, petitionId, assignmentId))
                    .set(OPINION.CREATED_AT, now)
                    .set(OPINION.UPDATED_AT, now)
                    .execute();
            return id;
        }
        dsl.update(OPINION)
                .set(OPINION.ORDINAL, ordinal)
                .set(opinionFields(o, petitionId, assignmentId))
                .set(OPINION.UPDATED_AT, now)
                .where(OPINION.ID.eq(o.id()), OPINION.SESSION_ID.eq(sessionId))
                .execute();
        return o.id();
    }

    private static Map<Field<?>, Object> opinionFields(OpinionDraft o, UUID petitionId, UUID assignmentId) {
        Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        // a denouncer's identity lives only in the petition, where it is masked; never on the open session record
        boolean protectedSpeaker = o.outcome() == OpinionOutcome.FOLLOW_UP
                && o.petitionKind() != null && o.petitionKind().alwaysConfidential();
        values.put(OPINION.SPEAKER_CITIZEN_ID, protectedSpeaker ? null : o.speakerCitizenId());
        values.put(OPINION.SPEAKER_NAME, protectedSpeaker ? null : VietnameseText.cleanOrNull(o.speakerName()));
        values.put(OPINION.VILLAGE_ID, o.villageId());
        values.put(OPINION.FIELD_ID, o.fieldId());
        values.put(OPINION.CONTENT, multiline(o.content()));
        values.put(OPINION.OUTCOME, o.outcome().name());
        values.put(OPINION.ANSWERED_BY, o.outcome() == OpinionOutcome.ANSWERED
                ? VietnameseText.cleanOrNull(o.answeredBy()) : null);
        values.put(OPINION.ANSWER, o.outcome() == OpinionOutcome.ANSWERED ? multiline(o.answer()) : null);
        values.put(OPINION.PETITION_ID, petitionId);
        values.put(OPINION.ASSIGNMENT_ID, assignmentId);
        return values;
    }

    /** Moves every ordinal of the session out of the range in use, before opinions are written in a new order. */
    public void shiftOrdinals(UUID sessionId) {
        dsl.update(OPINION).set(OPINION.ORDINAL, OPINION.ORDINAL.neg())
                .where(OPINION.SESSION_ID.eq(sessionId)).execute();
    }

    public Optional<UUID> findIdByCode(String code) {
        return dsl.select(DIALOGUE_SESSION.ID).from(DIALOGUE_SESSION)
                .where(DIALOGUE_SESSION.CODE.equalIgnoreCase(code == null ? "" : code.strip()), local())
                .fetchOptional(r -> r.value1());
    }

    public Optional<SessionDetail> find(UUID id) {
        DialogueSessionRecord s = dsl.selectFrom(DIALOGUE_SESSION).where(DIALOGUE_SESSION.ID.eq(id)).fetchOne();
        if (s == null) {
            return Optional.empty();
        }
        List<Chair> chairs = dsl.select(DIALOGUE_CHAIR.NAME, DIALOGUE_CHAIR.TITLE).from(DIALOGUE_CHAIR)
                .where(DIALOGUE_CHAIR.SESSION_ID.eq(id)).orderBy(DIALOGUE_CHAIR.ORDINAL)
                .fetch(r -> new Chair(r.value1(), r.value2()));
        List<UUID> villages = dsl.select(DIALOGUE_SESSION_VILLAGE.VILLAGE_ID).from(DIALOGUE_SESSION_VILLAGE)
                .where(DIALOGUE_SESSION_VILLAGE.SESSION_ID.eq(id)).fetch(r -> r.value1());
        List<UUID> assignmentIds = new ArrayList<>();
        List<AssignmentDraft> assignments = dsl.selectFrom(DIALOGUE_ASSIGNMENT)
                .where(DIALOGUE_ASSIGNMENT.SESSION_ID.eq(id)).orderBy(DIALOGUE_ASSIGNMENT.ORDINAL)
                .fetch(r -> {
                    assignmentIds.add(r.getId());
                    return new AssignmentDraft(r.getHandlingUnitId(), r.getContent(), r.getDueDate(),
                            r.getNoticeDocNo());
                });
        List<OpinionDraft> opinions = dsl.select(OPINION.asterisk(), PETITION.KIND).from(OPINION)
                .leftJoin(PETITION).on(PETITION.ID.eq(OPINION.PETITION_ID))
                .where(OPINION.SESSION_ID.eq(id)).orderBy(OPINION.ORDINAL)
                .fetch(r -> {
                    UUID assignment = r.get(OPINION.ASSIGNMENT_ID);
                    int index = assignment == null ? -1 : assignmentIds.indexOf(assignment);
                    String kind = r.get(PETITION.KIND);
                    return new OpinionDraft(r.get(OPINION.ID), r.get(OPINION.SPEAKER_CITIZEN_ID),
                            r.get(OPINION.SPEAKER_NAME), r.get(OPINION.VILLAGE_ID), r.get(OPINION.FIELD_ID),
                            r.get(OPINION.CONTENT), OpinionOutcome.valueOf(r.get(OPINION.OUTCOME)),
                            r.get(OPINION.ANSWERED_BY), r.get(OPINION.ANSWER),
                            kind == null ? null : PetitionKind.valueOf(kind), r.get(OPINION.PETITION_ID),
                            index < 0 ? null : index + 1);
                });
        SessionDraft draft = new SessionDraft(id, s.getRowVersion(), DialogueKind.valueOf(s.getKind()),
                s.getSessionDate(), s.getStartTime(), s.getEndTime(), s.getPlace(), villages, chairs,
                s.getParticipatingBodies(), s.getCitizensCount(), s.getOfficialsCount(), s.getTopics(),
                s.getConclusions(), s.getPointsAgreed(), s.getPointsDisputed(), s.getAbsentPeople(),
                s.getNoteTaker(), opinions, assignments);
        return Optional.of(new SessionDetail(id, s.getCode(), draft, linkedPetitions(id)));
    }

    private List<LinkedPetition> linkedPetitions(UUID sessionId) {
        LocalDate today = LocalDate.now(clock.withZone(vn.danvan.desk.petition.OfficeClock.ZONE));
        return dsl.select(OPINION.ORDINAL, PETITION.ID, PETITION.CODE, PETITION.STATUS, PETITION.DUE_DATE,
                        HANDLING_UNIT.NAME)
                .from(OPINION)
                .join(PETITION).on(PETITION.ID.eq(OPINION.PETITION_ID))
                .leftJoin(HANDLING_UNIT).on(HANDLING_UNIT.ID.eq(PETITION.HANDLING_UNIT_ID))
                .where(OPINION.SESSION_ID.eq(sessionId))
                .orderBy(OPINION.ORDINAL)
                .fetch(r -> {
                    PetitionStatus status = PetitionStatus.valueOf(r.value4());
                    boolean overdue = status.open() && r.value5() != null && r.value5().isBefore(today);
                    return new LinkedPetition(r.value1(), r.value2(), r.value3(), status, r.value5(), r.value6(),
                            overdue);
                });
    }

    /** The session list, newest first, with the counts of its opinions. */
    public List<SessionSummary> list(DialogueFilter f, int limit) {
        Field<Integer> raised = DSL.count(OPINION.ID);
        Field<Integer> answered = DSL.count(OPINION.ID).filterWhere(OPINION.OUTCOME.eq(OpinionOutcome.ANSWERED.name()));
        Field<Integer> followUp = DSL.count(OPINION.ID)
                .filterWhere(OPINION.OUTCOME.eq(OpinionOutcome.FOLLOW_UP.name()));
        Field<Integer> resolved = DSL.count(PETITION.ID).filterWhere(PETITION.STATUS.in(resolvedStatuses()));
        Field<String> chairs = DSL.select(DSL.groupConcat(DIALOGUE_CHAIR.NAME).orderBy(DIALOGUE_CHAIR.ORDINAL)
                        .separator(", "))
                .from(DIALOGUE_CHAIR).where(DIALOGUE_CHAIR.SESSION_ID.eq(DIALOGUE_SESSION.ID)).asField("chairs");
        // the stream holds the query's connection until closed; the limit stops reading before the last row
        try (var rows = dsl.select(DIALOGUE_SESSION.ID, DIALOGUE_SESSION.CODE, DIALOGUE_SESSION.KIND,
                        DIALOGUE_SESSION.SESSION_DATE, DIALOGUE_SESSION.PLACE, chairs, DIALOGUE_SESSION.CITIZENS_COUNT,
                        raised, answered, followUp, resolved)
                .from(DIALOGUE_SESSION)
                .leftJoin(OPINION).on(OPINION.SESSION_ID.eq(DIALOGUE_SESSION.ID))
                .leftJoin(PETITION).on(PETITION.ID.eq(OPINION.PETITION_ID))
                .where(conditions(f))
                .groupBy(DIALOGUE_SESSION.ID)
                .orderBy(DIALOGUE_SESSION.SESSION_DATE.desc(), DIALOGUE_SESSION.ID.desc())
                .fetchStream()) {
            return rows.map(r -> new SessionSummary(r.value1(), r.value2(), DialogueKind.valueOf(r.value3()),
                            r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                            r.value11()))
                    // a handful of chairs per session, a few hundred sessions a year: matched here, without accents
                    .filter(s -> chairMatches(s.chairs(), VietnameseText.searchKey(f.chair())))
                    .limit(limit)
                    .toList();
        }
    }

    private static List<String> resolvedStatuses() {
        return Arrays.stream(PetitionStatus.values()).filter(s -> s.group() == ResolutionGroup.RESOLVED)
                .map(Enum::name).toList();
    }

    /**
     * This office's sessions: sessions of other offices (imported from their hand-over packages, with codes of their
     * own numbering) are not listed or found here.
     */
    private static Condition local() {
        return OfficeScope.own(DIALOGUE_SESSION.ORIGIN_OFFICE_ID);
    }

    private static List<Condition> conditions(DialogueFilter f) {
        List<Condition> where = new ArrayList<>();
        where.add(DIALOGUE_SESSION.VOIDED.isFalse());
        where.add(local());
        if (f.year() != null) {
            where.add(DIALOGUE_SESSION.SESSION_DATE.between(LocalDate.of(f.year(), 1, 1),
                    LocalDate.of(f.year(), 12, 31)));
        }
        if (f.kind() != null) {
            where.add(DIALOGUE_SESSION.KIND.eq(f.kind().name()));
        }
        if (f.villageId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(DIALOGUE_SESSION_VILLAGE)
                    .where(DIALOGUE_SESSION_VILLAGE.SESSION_ID.eq(DIALOGUE_SESSION.ID),
                            DIALOGUE_SESSION_VILLAGE.VILLAGE_ID.eq(f.villageId()))));
        }
        return where;
    }

    /** How many sessions of {@code kind} were held in {@code year}. */
    public int countInYear(DialogueKind kind, int year) {
        return dsl.fetchCount(DIALOGUE_SESSION, DIALOGUE_SESSION.VOIDED.isFalse(),
                DIALOGUE_SESSION.KIND.eq(kind.name()), DIALOGUE_SESSION.SESSION_DATE.between(
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** On how many different days of each month of {@code year} a session of {@code kind} was held (index 0 = January). */
    public int[] daysPerMonth(DialogueKind kind, int year) {
        int[] days = new int[12];
        dsl.select(DSL.month(DIALOGUE_SESSION.SESSION_DATE), DSL.countDistinct(DIALOGUE_SESSION.SESSION_DATE))
                .from(DIALOGUE_SESSION)
                .where(DIALOGUE_SESSION.VOIDED.isFalse(), DIALOGUE_SESSION.KIND.eq(kind.name()),
                        DIALOGUE_SESSION.SESSION_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(DSL.month(DIALOGUE_SESSION.SESSION_DATE))
                .forEach(r -> days[r.value1() - 1] = r.value2());
        return days;
    }

    /** The years that have sessions, newest first. */
    public List<Integer> years() {
        return dsl.selectDistinct(DSL.year(DIALOGUE_SESSION.SESSION_DATE)).from(DIALOGUE_SESSION)
                .where(DIALOGUE_SESSION.VOIDED.isFalse())
                .orderBy(DSL.year(DIALOGUE_SESSION.SESSION_DATE).desc()).fetch(r -> r.value1());
    }

    public void markVoided(UUID id, String reason) {
        dsl.update(DIALOGUE_SESSION).set(DIALOGUE_SESSION.VOIDED, true).set(DIALOGUE_SESSION.VOID_REASON, reason)
                .set(DIALOGUE_SESSION.UPDATED_AT, clock.instant())
                .set(DIALOGUE_SESSION.ROW_VERSION, DIALOGUE_SESSION.ROW_VERSION.plus(1))
                .where(DIALOGUE_SESSION.ID.eq(id)).execute();
    }

    /** Whether the chairs' names contain {@code key} (accent-folded); an empty key matches every session. */
    static boolean chairMatches(String chairs, String key) {
        return key.isEmpty() || chairs != null && VietnameseText.searchKey(chairs).contains(key);
    }
}
