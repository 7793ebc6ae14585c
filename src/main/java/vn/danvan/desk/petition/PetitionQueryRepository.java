package vn.danvan.desk.petition;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_SEARCH;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.OfficeScope;
import vn.danvan.desk.common.text.VietnameseText;
import vn.danvan.desk.petition.search.SearchPlan;
import vn.danvan.desk.petition.search.WordSearch;

/**
 * The petition list: one page at a time, filtered and sorted in the database, never the whole table in memory.
 * Overdue and due soon are computed from the due date of running petitions against {@code today} and the due-soon
 * limit. A search reads the word index ({@link WordSearch}) first.
 */
public final class PetitionQueryRepository {

    /** Earlier than any due date: the lower bound of the overdue range (see {@link #overdue}). */
    public static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    private final DSLContext dsl;
    private final WordSearch search;

    public PetitionQueryRepository(Database database, WordSearch search) {
        this.dsl = database.dsl();
        this.search = search;
    }

    /** Days ahead of today that "due within the week" reaches at least. */
    public static final int DUE_WEEK_DAYS = 7;

    /** Today and the last date that is still "due soon", as of which deadlines are judged. */
    public record AsOf(LocalDate today, LocalDate dueSoonLimit) {

        /**
         * The last date "due within the week": seven days after today, or the due-soon limit when days off push
         * that later (a long Tết holiday), so that every row the list marks amber is in it.
         */
        public LocalDate weekLimit() {
            LocalDate week = today.plusDays(DUE_WEEK_DAYS);
            return dueSoonLimit.isAfter(week) ? dueSoonLimit : week;
        }
    }

    public List<PetitionRow> page(PetitionFilter filter, PetitionSort sort, AsOf asOf, boolean admin, int offset,
                                  int limit) {
        boolean indexedOrder = sort.equals(PetitionSort.DEFAULT);
        SearchPlan plan = search.plan(filter.search(), admin);
        if (plan.kind() == SearchPlan.Kind.NOTHING) {
            return List.of();
        }
        boolean documents = byDocuments(plan, offset + limit, indexedOrder);
        org.jooq.Table<?> source = source(plan, documents);
        Condition where = DSL.and(conditions(filter, asOf)).and(own()).and(searchCondition(plan, documents, admin));
        if (indexedOrder && !documents) {
            // H2 reads the received-date index newest first and stops after the page: the joins cost a page's rows
            return rows(source, where, sort, limit, offset);
        }
        // Sorting every match first: the page's ids with only the join the order needs (a derived table), then those
        // rows with the rest. Joined before the sort, the citizen, field, village and unit of every match were read
        // (2,500 matches: 15,000 lookups, most of them cache misses on a million petitions).
        var page = dsl.select(PETITION.ID.as("page_id"))
                .from(joinedForOrder(source, sort.column()))
                .where(where)
                .orderBy(order(sort))
                .limit(limit)
                .offset(offset)
                .asTable("page");
        return rows(page.join(PETITION).on(PETITION.ID.eq(page.field("page_id", UUID.class))), DSL.noCondition(),
                sort, limit, 0);
    }

    private List<PetitionRow> rows(org.jooq.Table<?> source, Condition where, PetitionSort sort, int limit,
                                   int offset) {
        return dsl.select(ROW_FIELDS)
                .from(withRowJoins(source))
                .where(where)
                .orderBy(order(sort))
                .limit(limit)
                .offset(offset)
                .fetch(PetitionQueryRepository::toRow);
    }

    /** What a list row shows, read by {@link #toRow}. */
    private static final List<org.jooq.SelectFieldOrAsterisk> ROW_FIELDS = List.of(PETITION.ID, PETITION.CODE,
            PETITION.RECEIVED_DATE, PETITION.KIND, PETITION.CHANNEL, PETITION_FIELD.NAME, VILLAGE.NAME,
            PETITION.ANONYMOUS, PETITION.PETITIONER_ID, CITIZEN.FULL_NAME, CITIZEN.ID_NUMBER, CITIZEN.PHONE,
            PETITION.ADDRESS, PETITION.PEOPLE_COUNT, PETITION.SUMMARY, PETITION.STATUS, HANDLING_UNIT.NAME,
            PETITION.DUE_DATE, PETITION.RESOLVED_DATE, PETITION.CONFIDENTIAL, PETITION.VOIDED,
            PETITION.DIALOGUE_SESSION_ID);

    /** The petitions of {@code source} with the tables a list row names: petitioner, field, village, unit. */
    private static org.jooq.Table<?> withRowJoins(org.jooq.Table<?> source) {
        return source.leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .leftJoin(PETITION_FIELD).on(PETITION_FIELD.ID.eq(PETITION.FIELD_ID))
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(PETITION.VILLAGE_ID))
                .leftJoin(HANDLING_UNIT).on(HANDLING_UNIT.ID.eq(PETITION.HANDLING_UNIT_ID));
    }

    /** The source with the one table that a sort by {@code column} reads, if any. */
    private static org.jooq.Table<?> joinedForOrder(org.jooq.Table<?> source, PetitionSort.Column column) {
        return switch (column) {
            case PETITIONER -> source.leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID));
            case VILLAGE -> source.leftJoin(VILLAGE).on(VILLAGE.ID.eq(PETITION.VILLAGE_ID));
            case FIELD -> source.leftJoin(PETITION_FIELD).on(PETITION_FIELD.ID.eq(PETITION.FIELD_ID));
            case UNIT -> source.leftJoin(HANDLING_UNIT).on(HANDLING_UNIT.ID.eq(PETITION.HANDLING_UNIT_ID));
            default -> source;
        };
    }

    /** At most this many rows are counted for a filtered list; beyond it the list says "more than". */
    public static final int COUNT_CAP = 10_000;

    /**
     * How many petitions the list holds, counted up to {@link #COUNT_CAP}: a count of every row over ten years
     * kept the single database thread busy for seconds (an index on {@code voided} to count faster made H2 plan
     * the list's pages through it, and a first page took 17 s on a million petitions).
     */
    public ListCount count(PetitionFilter filter, AsOf asOf, boolean admin) {
        SearchPlan plan = search.plan(filter.search(), admin);
        if (plan.kind() == SearchPlan.Kind.NOTHING) {
            return new ListCount(0, false);
        }
        boolean documents = byDocuments(plan, COUNT_CAP + 1, true);
        int counted = dsl.fetchCount(dsl.selectOne().from(source(plan, documents))
                .where(conditions(filter, asOf)).and(own()).and(searchCondition(plan, documents, admin))
                .limit(COUNT_CAP + 1));
        return counted > COUNT_CAP ? new ListCount(COUNT_CAP, true) : new ListCount(counted, false);
    }

    /** A count of the list, possibly stopped at a cap. */
    public record ListCount(int count, boolean atLeast) {
    }

    /**
     * Whether a search looks up the documents the word index found by number, rather than reading the list in its
     * order and testing the words on each row (when the matches are so many that the newest rows hold a page sooner).
     */
    private static boolean byDocuments(SearchPlan plan, int rowsWanted, boolean listOrderIsIndexed) {
        return plan.kind() == SearchPlan.Kind.DOCUMENTS && !plan.scanInListOrder(rowsWanted, listOrderIsIndexed);
    }

    /**
     * Without a search, or when testing the words on each row, the petitions (joined with their search text); else
     * the documents found, as one array parameter unnested into rows that drive the join ("doc_no = ANY(?)" made H2
     * test every row against the whole array again: 2,500 documents, 6 million comparisons, three times slower),
     * the petition joined as a left join so that H2 keeps that order and reads it by its key.
     */
    private static org.jooq.Table<?> source(SearchPlan plan, boolean documents) {
        if (!plan.searching()) {
            return PETITION;
        }
        if (!documents) {
            return PETITION.leftJoin(PETITION_SEARCH).on(PETITION_SEARCH.PETITION_ID.eq(PETITION.ID));
        }
        Long[] numbers = java.util.Arrays.stream(plan.documents()).boxed().toArray(Long[]::new);
        var found = DSL.unnest(DSL.val(numbers, SQLDataType.BIGINT.array())).as("found", "doc_no");
        return found.join(PETITION_SEARCH).on(PETITION_SEARCH.DOC_NO.eq(found.field("doc_no", Long.class)))
                .leftJoin(PETITION).on(PETITION.ID.eq(PETITION_SEARCH.PETITION_ID));
    }

    /** The typed words that remain to be tested on each row's search text (an admin's include the secret words). */
    private static Condition searchCondition(SearchPlan plan, boolean documents, boolean admin) {
        if (!plan.searching()) {
            return DSL.noCondition();
        }
        List<Condition> where = new ArrayList<>();
        for (String word : plan.wordsToTest(!documents)) {
            String pattern = "% " + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            Condition open = PETITION_SEARCH.WORDS.like(pattern, '!');
            where.add(admin ? open.or(PETITION_SEARCH.SECRET_WORDS.like(pattern, '!')) : open);
        }
        return DSL.and(where);
    }

    /**
     * Open petitions past their due date (the sidebar badge), read from the index of {@code running_due} alone: the
     * due date of a petition whose clock runs and which is not voided (V5).
     */
    public int countOverdue(AsOf asOf) {
        return dsl.fetchCount(PETITION, overdue(asOf).and(own()));
    }

    /**
     * Running petitions due before today. The lower bound matters: without it H2 starts the index range at its
     * beginning, where the NULLs of every closed petition sort, and read 960,000 of them to count 37,000.
     */
    private static Condition overdue(AsOf asOf) {
        return PETITION.RUNNING_DUE.between(LONG_AGO, asOf.today().minusDays(1));
    }

    public int countDueSoon(AsOf asOf) {
        return dsl.fetchCount(PETITION, PETITION.RUNNING_DUE.between(asOf.today(), asOf.dueSoonLimit()).and(own()));
    }

    /** Running petitions due from today to {@link AsOf#weekLimit()}, read from the index of running_due alone. */
    public int countDueWithinWeek(AsOf asOf) {
        return dsl.fetchCount(PETITION, dueWithinWeek(asOf).and(own()));
    }

    private static Condition dueWithinWeek(AsOf asOf) {
        return PETITION.RUNNING_DUE.between(asOf.today(), asOf.weekLimit());
    }

    /**
     * The {@code limit} overdue petitions whose due date passed longest ago (overdue as the badge counts it), oldest
     * due date first; rows masked as in the list.
     */
    public List<PetitionRow> mostOverdue(AsOf asOf, int limit) {
        return byRunningDue(overdue(asOf), limit);
    }

    /** The {@code limit} running petitions due next, from today on, earliest first; rows masked as in the list. */
    public List<PetitionRow> nextDue(AsOf asOf, int limit) {
        return byRunningDue(PETITION.RUNNING_DUE.ge(asOf.today()), limit);
    }

    /** Rows in the order of the running_due index, which H2 reads without sorting and stops after {@code limit}. */
    private List<PetitionRow> byRunningDue(Condition range, int limit) {
        var first = dsl.select(PETITION.ID.as("due_id"), PETITION.RUNNING_DUE.as("due_order"))
                .from(PETITION)
                .where(range, own())
                .orderBy(PETITION.RUNNING_DUE.asc(), PETITION.ID.asc())
                .limit(limit)
                .asTable("due_first");
        return dsl.select(ROW_FIELDS)
                .from(withRowJoins(first.join(PETITION).on(PETITION.ID.eq(first.field("due_id", UUID.class)))))
                .orderBy(first.field("due_order", LocalDate.class).asc(), PETITION.ID.asc())
                .fetch(PetitionQueryRepository::toRow);
    }

    /**
     * Petitions received in {@code [from, to]} from the same citizen: the same person on file, the same ID number,
     * or the same accent-folded name in the same village. Voided ones are left out.
     */
    public List<DuplicateCandidate> samePetitioner(DuplicateProbe probe, LocalDate from, LocalDate to, int limit) {
        List<Condition> who = new ArrayList<>();
        if (probe.citizenId() != null) {
            who.add(PETITION.PETITIONER_ID.eq(probe.citizenId()));
        }
        if (probe.idNumber() != null && !probe.idNumber().isBlank()) {
            who.add(CITIZEN.ID_NUMBER.eq(probe.idNumber().strip()));
        }
        String name = VietnameseText.searchKey(probe.name());
        if (!name.isEmpty() && probe.villageId() != null) {
            who.add(CITIZEN.NAME_SEARCH.eq(name).and(PETITION.VILLAGE_ID.eq(probe.villageId())));
        }
        if (who.isEmpty()) {
            return List.of();
        }
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.RECEIVED_DATE, PETITION.STATUS, PETITION_FIELD.NAME,
                        PETITION.SUMMARY, PETITION.SUBMISSION_COUNT, PETITION.FIELD_ID)
                .from(PETITION)
                .join(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .leftJoin(PETITION_FIELD).on(PETITION_FIELD.ID.eq(PETITION.FIELD_ID))
                .where(DSL.or(who), PETITION.RECEIVED_DATE.between(from, to), PETITION.VOIDED.isFalse())
                .orderBy(PETITION.RECEIVED_DATE.desc())
                .limit(limit)
                .fetch(r -> new DuplicateCandidate(r.value1(), r.value2(), r.value3(),
                        PetitionStatus.valueOf(r.value4()), r.value5(), r.value6(), r.value7(),
                        probe.fieldId() != null && probe.fieldId().equals(r.value8()), 0));
    }

    /** This office's petitions only: other offices' (imported from their hand-over packages) are for reports. */
    private Condition own() {
        return OfficeScope.ownIfOthersHeld(dsl, PETITION.ORIGIN_OFFICE_ID);
    }

    static List<Condition> conditions(PetitionFilter f, AsOf asOf) {
        List<Condition> where = new ArrayList<>();
        if (!f.includeVoided()) {
            where.add(PETITION.VOIDED.isFalse());
        }
        if (f.receivedFrom() != null) {
            where.add(PETITION.RECEIVED_DATE.ge(f.receivedFrom()));
        }
        if (f.receivedTo() != null) {
            where.add(PETITION.RECEIVED_DATE.le(f.receivedTo()));
        }
        if (!f.statuses().isEmpty()) {
            where.add(statusIn(f.statuses()));
        }
        if (f.group() != null) {
            where.add(statusIn(java.util.Arrays.stream(PetitionStatus.values())
                    .filter(s -> s.group() == f.group()).toList()));
        }
        if (f.kind() != null) {
            where.add(PETITION.KIND.eq(f.kind().name()));
        }
        if (f.fieldId() != null) {
            where.add(PETITION.FIELD_ID.eq(f.fieldId()));
        }
        if (f.channel() != null) {
            where.add(PETITION.CHANNEL.eq(f.channel().name()));
        }
        if (f.villageId() != null) {
            where.add(PETITION.VILLAGE_ID.eq(f.villageId()));
        }
        if (f.unitId() != null) {
            where.add(PETITION.HANDLING_UNIT_ID.eq(f.unitId()));
        }
        if (f.confidential() != null) {
            where.add(PETITION.CONFIDENTIAL.eq(f.confidential()));
        }
        if (f.dialogueLinked() != null) {
            where.add(f.dialogueLinked() ? PETITION.DIALOGUE_SESSION_ID.isNotNull()
                    : PETITION.DIALOGUE_SESSION_ID.isNull());
        }
        switch (f.deadline()) {
            case OVERDUE -> where.add(overdue(asOf));
            case DUE_SOON -> where.add(PETITION.RUNNING_DUE.between(asOf.today(), asOf.dueSoonLimit()));
            case OVERDUE_OR_DUE_SOON -> where.add(PETITION.RUNNING_DUE.between(LONG_AGO, asOf.dueSoonLimit()));
            case DUE_WITHIN_WEEK -> where.add(dueWithinWeek(asOf));
            default -> { }
        }
        return where;
    }

    /**
     * {@code status IN (...)} with the statuses written as literals: they are a closed set of constants, and H2
     * does not use an index for an IN list of bind parameters (a million-row scan instead of an index range).
     */
    public static Condition statusIn(java.util.Collection<PetitionStatus> statuses) {
        return PETITION.STATUS.in(statuses.stream().map(st -> DSL.inline(st.name())).toList());
    }

    private static List<OrderField<?>> order(PetitionSort sort) {
        Field<?> column = switch (sort.column()) {
            case RECEIVED -> PETITION.RECEIVED_DATE;
            case CODE -> PETITION.CODE;
            case KIND -> PETITION.KIND;
            case PETITIONER -> DSL.when(PETITION.CONFIDENTIAL.isFalse(), CITIZEN.NAME_SEARCH);
            case VILLAGE -> VILLAGE.NAME_SEARCH;
            case FIELD -> PETITION_FIELD.SORT_ORDER;
            case STATUS -> PETITION.STATUS;
            case UNIT -> HANDLING_UNIT.NAME_SEARCH;
            case DUE -> PETITION.DUE_DATE;
        };
        return sort.ascending()
                ? List.of(column.asc().nullsLast(), PETITION.ID.asc())
                : List.of(column.desc().nullsLast(), PETITION.ID.desc());
    }

    private static PetitionRow toRow(Record r) {
        boolean confidential = r.get(PETITION.CONFIDENTIAL);
        Identity identity = PetitionRepository.identityOf(r);
        PetitionKind kind = PetitionKind.valueOf(r.get(PETITION.KIND));
        if (confidential || kind.alwaysConfidential()) {
            identity = identity.mask();
        }
        return new PetitionRow(r.get(PETITION.ID), r.get(PETITION.CODE), r.get(PETITION.RECEIVED_DATE), kind,
                PetitionChannel.valueOf(r.get(PETITION.CHANNEL)), r.get(PETITION_FIELD.NAME), r.get(VILLAGE.NAME),
                identity, r.get(PETITION.PEOPLE_COUNT), r.get(PETITION.SUMMARY),
                PetitionStatus.valueOf(r.get(PETITION.STATUS)), r.get(HANDLING_UNIT.NAME), r.get(PETITION.DUE_DATE),
                r.get(PETITION.RESOLVED_DATE), confidential, r.get(PETITION.VOIDED),
                r.get(PETITION.DIALOGUE_SESSION_ID) != null);
    }
}
