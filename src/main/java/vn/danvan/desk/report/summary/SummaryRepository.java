package vn.danvan.desk.report.summary;

import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EXTENSION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.dialogue.DialogueKind;
import vn.danvan.desk.dialogue.OpinionOutcome;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;
import vn.danvan.desk.report.LaterChange;
import vn.danvan.desk.report.MonthlyListRepository;
import vn.danvan.desk.report.ReportOffice;
import vn.danvan.desk.report.StoredDates;

/**
 * What the period summary counts, read in chunks so that memory does not grow with the register: the petitions of
 * a period (received in it, or carried over into it), the history recorded after its cut-off, the dialogue figures
 * and the names of fields and villages. Every query is an index range on a large register (see V7 and
 * docs/benchmarks.md).
 * <p>
 * Carried over into a period starting on {@code from} means: received before {@code from}, not voided, and open at
 * the end of the day before — the monthly list's rule for "still open at the end of the month": open today; or
 * resolved (its resolution date) after that day; or closed without a legal date (guided, transferred, filed,
 * withdrawn, terminated) by a status change recorded after that day, in office time.
 */
public final class SummaryRepository {

    /** Petitions per chunk handed to the caller. */
    static final int CHUNK = 2000;
    private static final List<PetitionStatus> OPEN = List.copyOf(PetitionStatus.openStatuses());
    private static final List<PetitionStatus> CLOSED = Arrays.stream(PetitionStatus.values())
            .filter(s -> !s.open()).toList();
    private static final List<SelectField<?>> COLUMNS = List.of(PETITION.ID, PETITION.RECEIVED_DATE, PETITION.KIND,
            PETITION.CHANNEL, PETITION.FIELD_ID, PETITION.VILLAGE_ID, PETITION.IS_GROUP, PETITION.PEOPLE_COUNT,
            PETITION.COMPETENCE, PETITION.HANDLING_DIRECTION, PETITION.STATUS, PETITION.ACCEPTED_DATE,
            PETITION.SUSPENDED_DATE, PETITION.RESUMED_DATE, PETITION.RESOLVED_DATE, PETITION.COMMUNICATED_DATE,
            PETITION.DUE_DATE);

    private final DSLContext dsl;
    private final MonthlyListRepository monthlyList;

    public SummaryRepository(Database database, MonthlyListRepository monthlyList) {
        this.dsl = database.dsl();
        this.monthlyList = monthlyList;
    }

    /**
     * Hands the petitions received from {@code from} to {@code to}, then those carried over into the period, to
     * {@code chunks} a few thousand at a time.
     */
    void petitions(LocalDate from, LocalDate to, ReportOffice office, Consumer<List<CountedPetition>> chunks) {
        Condition live = PETITION.VOIDED.isFalse().and(MonthlyListRepository.ownedBy(office, PETITION.ORIGIN_OFFICE_ID));
        stream(PETITION.RECEIVED_DATE.between(from, to).and(live), false, chunks);
        // a wrapped date keeps H2 off the received-date index, which would read every earlier petition
        Field<LocalDate> received = DSL.coalesce(PETITION.RECEIVED_DATE, PETITION.RECEIVED_DATE);
        Condition before = received.lt(from).and(live);
        Condition closedNow = PETITION.STATUS.notIn(literals(OPEN));
        // open today: through the status index
        stream(PETITION.STATUS.in(literals(OPEN)).and(before), true, chunks);
        // resolved after the day before the period: through the resolution-date index
        stream(PETITION.RESOLVED_DATE.ge(from).and(closedNow).and(before), true, chunks);
        // closed without a legal date by a change recorded since the period began: through the history's time index
        Instant start = MonthlyListRepository.startOfDayAfter(from.minusDays(1));
        stream(PETITION.ID.in(DSL.select(PETITION_EVENT.PETITION_ID).from(PETITION_EVENT).where(
                        PETITION_EVENT.OCCURRED_AT.ge(start),
                        PETITION_EVENT.EVENT_TYPE.eq(DSL.inline(PetitionEventType.STATUS_CHANGED.name())),
                        PETITION_EVENT.FROM_STATUS.in(literals(OPEN)), PETITION_EVENT.TO_STATUS.in(literals(CLOSED))))
                .and(PETITION.RESOLVED_DATE.isNull()).and(closedNow).and(before), true, chunks);
    }

    private void stream(Condition which, boolean carriedOver, Consumer<List<CountedPetition>> chunks) {
        try (Cursor<Record> cursor = dsl.select(COLUMNS).from(PETITION).where(which).fetchSize(CHUNK).fetchLazy()) {
            while (cursor.hasNext()) {
                List<CountedPetition> chunk = new ArrayList<>(CHUNK);
                for (Record r : cursor.fetchNext(CHUNK)) {
                    chunk.add(toCounted(r, carriedOver));
                }
                chunks.accept(chunk);
            }
        }
    }

    /** How many status changes were recorded after the day {@code end} (read from the history's time index). */
    int statusChangesAfter(LocalDate end) {
        return dsl.fetchCount(PETITION_EVENT, PETITION_EVENT.OCCURRED_AT.ge(MonthlyListRepository.startOfDayAfter(end)),
                PETITION_EVENT.EVENT_TYPE.eq(DSL.inline(PetitionEventType.STATUS_CHANGED.name())));
    }

    /** Every status change recorded, and extension granted, after the day {@code end}. */
    List<LaterChange> allChangesAfter(LocalDate end) {
        List<LaterChange> changes = new ArrayList<>();
        dsl.select(PETITION_EVENT.PETITION_ID, PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.FROM_STATUS,
                        PETITION_EVENT.TO_STATUS)
                .from(PETITION_EVENT)
                .where(PETITION_EVENT.OCCURRED_AT.ge(MonthlyListRepository.startOfDayAfter(end)),
                        PETITION_EVENT.EVENT_TYPE.eq(DSL.inline(PetitionEventType.STATUS_CHANGED.name())))
                .orderBy(PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.SEQ)
                .forEach(r -> changes.add(MonthlyListRepository.statusChanged(r.value1(), r.value2(), r.value3(),
                        r.value4())));
        dsl.select(PETITION_EXTENSION.PETITION_ID, PETITION_EXTENSION.EXTENDED_ON, PETITION_EXTENSION.PREVIOUS_DUE)
                .from(PETITION_EXTENSION)
                .where(PETITION_EXTENSION.EXTENDED_ON.gt(end))
                .forEach(r -> changes.add(new LaterChange.Extended(r.value1(), r.value2(), r.value3())));
        return changes;
    }

    /** The changes recorded after the day {@code end} for the given petitions only. */
    List<LaterChange> changesAfter(LocalDate end, Collection<UUID> petitionIds) {
        return monthlyList.changesAfter(end, petitionIds);
    }

    /** The dialogue sessions dated from {@code from} to {@code to} (voided ones never) and their opinions. */
    DialogueFigures dialogues(LocalDate from, LocalDate to, ReportOffice office) {
        Condition held = DIALOGUE_SESSION.VOIDED.isFalse().and(DIALOGUE_SESSION.SESSION_DATE.between(from, to))
                .and(MonthlyListRepository.ownedBy(office, DIALOGUE_SESSION.ORIGIN_OFFICE_ID));
        Map<DialogueKind, Integer> sessions = new EnumMap<>(DialogueKind.class);
        int[] citizens = {0};
        dsl.select(DIALOGUE_SESSION.KIND, DSL.count(), DSL.sum(DIALOGUE_SESSION.CITIZENS_COUNT))
                .from(DIALOGUE_SESSION).where(held).groupBy(DIALOGUE_SESSION.KIND)
                .forEach(r -> {
                    sessions.put(DialogueKind.valueOf(r.value1()), r.value2());
                    citizens[0] += r.value3() == null ? 0 : r.value3().intValue();
                });
        Map<OpinionOutcome, Integer> opinions = new EnumMap<>(OpinionOutcome.class);
        dsl.select(OPINION.OUTCOME, DSL.count())
                .from(OPINION).join(DIALOGUE_SESSION).on(DIALOGUE_SESSION.ID.eq(OPINION.SESSION_ID))
                .where(held).groupBy(OPINION.OUTCOME)
                .forEach(r -> opinions.put(OpinionOutcome.valueOf(r.value1()), r.value2()));
        int answered = opinions.getOrDefault(OpinionOutcome.ANSWERED, 0);
        int followUp = opinions.getOrDefault(OpinionOutcome.FOLLOW_UP, 0);
        return new DialogueFigures(sessions, citizens[0], answered + followUp, answered, followUp);
    }

    /** The petition fields in the catalog's order. */
    List<SummaryCounter.CatalogEntry> fields(ReportOffice office) {
        // the seeded fields are shared by every office (same ids): another office's list is those and its own
        Condition listed = PETITION_FIELD.ORIGIN_OFFICE_ID.isNull();
        return dsl.select(PETITION_FIELD.ID, PETITION_FIELD.NAME, PETITION_FIELD.ACTIVE).from(PETITION_FIELD)
                .where(office.local() ? listed : listed.or(PETITION_FIELD.ORIGIN_OFFICE_ID.eq(office.profile().id())))
                .orderBy(PETITION_FIELD.SORT_ORDER, PETITION_FIELD.NAME)
                .fetch(r -> new SummaryCounter.CatalogEntry(r.value1(), r.value2(), r.value3()));
    }

    /** The villages and residential groups in the catalog's order; merged ones count as inactive. */
    List<SummaryCounter.CatalogEntry> villages(ReportOffice office) {
        return dsl.select(VILLAGE.ID, VILLAGE.NAME, VILLAGE.ACTIVE, VILLAGE.MERGED_INTO_ID).from(VILLAGE)
                .where(office.local() ? VILLAGE.ORIGIN_OFFICE_ID.isNull()
                        : VILLAGE.ORIGIN_OFFICE_ID.eq(office.profile().id()))
                .orderBy(VILLAGE.SORT_ORDER, VILLAGE.NAME_SEARCH)
                .fetch(r -> new SummaryCounter.CatalogEntry(r.value1(), r.value2(), r.value3() && r.value4() == null));
    }

    private static List<Field<String>> literals(Collection<PetitionStatus> statuses) {
        return statuses.stream().map(s -> (Field<String>) DSL.inline(s.name())).toList();
    }

    private static CountedPetition toCounted(Record r, boolean carriedOver) {
        StoredDates stored = new StoredDates(PetitionStatus.valueOf(r.get(PETITION.STATUS)),
                r.get(PETITION.ACCEPTED_DATE), r.get(PETITION.SUSPENDED_DATE), r.get(PETITION.RESUMED_DATE),
                r.get(PETITION.RESOLVED_DATE), r.get(PETITION.COMMUNICATED_DATE), r.get(PETITION.DUE_DATE));
        return new CountedPetition(r.get(PETITION.ID), r.get(PETITION.RECEIVED_DATE),
                PetitionKind.valueOf(r.get(PETITION.KIND)), PetitionChannel.valueOf(r.get(PETITION.CHANNEL)),
                r.get(PETITION.FIELD_ID), r.get(PETITION.VILLAGE_ID), r.get(PETITION.IS_GROUP),
                r.get(PETITION.PEOPLE_COUNT), orNull(r.get(PETITION.COMPETENCE), Competence::valueOf),
                orNull(r.get(PETITION.HANDLING_DIRECTION), HandlingDirection::valueOf), stored, carriedOver);
    }

    private static <E> E orNull(String value, Function<String, E> parse) {
        return value == null ? null : parse.apply(value);
    }
}
