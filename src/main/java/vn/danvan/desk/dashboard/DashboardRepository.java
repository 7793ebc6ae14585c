package vn.danvan.desk.dashboard;

import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_DUE_TALLY;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD_TALLY;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_MONTH_TALLY;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_RESOLVED_TALLY;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_VILLAGE_TALLY;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.db.OfficeScope;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.PetitionQueryRepository;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * The dashboard's aggregate counts, each one statement that H2 answers from the tallies that a trigger keeps
 * ({@link PetitionTally}, V13) or from an index alone (V8): never a petition row is read. Voided records are never
 * counted, nor other offices' records merged from their hand-over packages.
 */
public final class DashboardRepository {

    private static final Field<Integer> WITHIN = DSL.when(
            PETITION.COMPETENCE.eq(DSL.inline(Competence.WITHIN.name())), DSL.inline(1)).else_(DSL.inline(0));

    private static final vn.danvan.desk.common.db.generated.tables.PetitionMonthTally MONTH_TALLY =
            PETITION_MONTH_TALLY;
    private static final vn.danvan.desk.common.db.generated.tables.PetitionFieldTally FIELD_TALLY =
            PETITION_FIELD_TALLY;
    private static final vn.danvan.desk.common.db.generated.tables.PetitionVillageTally VILLAGE_TALLY =
            PETITION_VILLAGE_TALLY;
    private static final vn.danvan.desk.common.db.generated.tables.PetitionDueTally DUE_TALLY = PETITION_DUE_TALLY;
    private static final vn.danvan.desk.common.db.generated.tables.PetitionResolvedTally RESOLVED_TALLY =
            PETITION_RESOLVED_TALLY;

    private final DSLContext dsl;

    public DashboardRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Open petitions now, and of them those within competence received before {@code yearStart}. */
    public record OpenCounts(int open, int withinCarriedOver) {
    }

    /** Petitions received in one month with one status, within competence or not. */
    public record MonthStatus(YearMonth month, PetitionStatus status, boolean within, int count) {
    }

    /**
     * The petitions received in a period: by month, status and competence; and in all by field and by village (the
     * key {@code null} for those without one).
     */
    public record ReceivedCounts(List<MonthStatus> months, Map<UUID, Integer> fields, Map<UUID, Integer> villages) {
    }

    /**
     * Petitions with a resolution date in a period: all of them in the current month; those within competence since
     * the start of the year, and of these the ones received before it.
     */
    public record ResolvedCounts(int thisMonth, int withinThisYear, int withinCarriedOver) {
    }

    /** Running petitions overdue (due before today) and due from today to {@code weekEnd}. */
    public record DueCounts(int overdue, int dueWithinWeek) {
    }

    /**
     * The open petitions (statuses of {@link PetitionStatus#openStatuses()}), from the month tally (V13): at most a
     * few thousand rows (months × statuses) whatever the size of the register.
     */
    public OpenCounts openCounts(LocalDate yearStart) {
        Condition open = MONTH_TALLY.STATUS.in(PetitionStatus.openStatuses().stream().map(Enum::name).toList());
        return dsl.select(total(MONTH_TALLY.PETITIONS, open), total(MONTH_TALLY.PETITIONS, open.and(
                        MONTH_TALLY.WITHIN_COMPETENCE.isTrue()).and(MONTH_TALLY.RECEIVED_MONTH.lt(yearStart))))
                .from(MONTH_TALLY)
                .where(own(MONTH_TALLY.ORIGIN_OFFICE_ID))
                .fetchSingle(r -> new OpenCounts(r.value1(), r.value2()));
    }

    /**
     * The running petitions due before {@code today} (overdue, as the list's red rows and the badge count them:
     * from {@link PetitionQueryRepository#LONG_AGO} on) and from {@code today} to {@code weekEnd}, from the due tally
     * (V13): one row per due date.
     */
    public DueCounts dueCounts(LocalDate today, LocalDate weekEnd) {
        Field<LocalDate> due = DUE_TALLY.RUNNING_DUE;
        return dsl.select(total(DUE_TALLY.PETITIONS, due.lt(today)), total(DUE_TALLY.PETITIONS, due.ge(today)))
                .from(DUE_TALLY)
                .where(due.between(PetitionQueryRepository.LONG_AGO, weekEnd), own(DUE_TALLY.ORIGIN_OFFICE_ID))
                .fetchSingle(r -> new DueCounts(r.value1(), r.value2()));
    }

    /**
     * The petitions received from {@code from} (the first of a month) to {@code to}: the charts and the settlement
     * rate. The whole months come from the month, field and village tallies (V13), some hundreds of rows whatever the
     * size of the register; the month of {@code to}, unless {@code to} is its last day, is counted from the petitions
     * up to {@code to} (the index of V8, one month of it), so that a petition dated after {@code to} is never counted.
     */
    public ReceivedCounts receivedCounts(LocalDate from, LocalDate to) {
        YearMonth last = YearMonth.from(to);
        LocalDate wholeMonthsEnd = to.equals(last.atEndOfMonth()) ? to : last.atDay(1).minusDays(1);
        LocalDate firstMonth = from.withDayOfMonth(1);
        List<MonthStatus> months = new ArrayList<>(dsl.select(MONTH_TALLY.RECEIVED_MONTH, MONTH_TALLY.STATUS,
                        MONTH_TALLY.WITHIN_COMPETENCE, MONTH_TALLY.PETITIONS)
                .from(MONTH_TALLY)
                .where(MONTH_TALLY.RECEIVED_MONTH.between(firstMonth, wholeMonthsEnd), MONTH_TALLY.PETITIONS.gt(0),
                        own(MONTH_TALLY.ORIGIN_OFFICE_ID))
                .fetch(r -> new MonthStatus(YearMonth.from(r.value1()), PetitionStatus.valueOf(r.value2()),
                        r.value3(), r.value4())));
        Map<UUID, Integer> fields = new HashMap<>();
        dsl.select(FIELD_TALLY.FIELD_ID, DSL.sum(FIELD_TALLY.PETITIONS))
                .from(FIELD_TALLY)
                .where(FIELD_TALLY.RECEIVED_MONTH.between(firstMonth, wholeMonthsEnd),
                        own(FIELD_TALLY.ORIGIN_OFFICE_ID))
                .groupBy(FIELD_TALLY.FIELD_ID)
                .forEach(r -> fields.merge(r.value1(), r.value2().intValue(), Integer::sum));
        Map<UUID, Integer> villages = new HashMap<>();
        dsl.select(VILLAGE_TALLY.VILLAGE_ID, DSL.sum(VILLAGE_TALLY.PETITIONS))
                .from(VILLAGE_TALLY)
                .where(VILLAGE_TALLY.RECEIVED_MONTH.between(firstMonth, wholeMonthsEnd),
                        own(VILLAGE_TALLY.ORIGIN_OFFICE_ID))
                .groupBy(VILLAGE_TALLY.VILLAGE_ID)
                .forEach(r -> villages.merge(r.value1(), r.value2().intValue(), Integer::sum));
        if (wholeMonthsEnd.isBefore(to)) {
            addReceivedPetitions(last.atDay(1), to, months, fields, villages);
        }
        return new ReceivedCounts(months, fields, villages);
    }

    /** Adds the same counts read from the petitions received from {@code from} to {@code to} (one month). */
    private void addReceivedPetitions(LocalDate from, LocalDate to, List<MonthStatus> months,
                                      Map<UUID, Integer> fields, Map<UUID, Integer> villages) {
        YearMonth month = YearMonth.from(from);
        Map<MonthStatus, Integer> byStatus = new HashMap<>();
        Condition mine = own(PETITION.ORIGIN_OFFICE_ID);
        perStatus(status -> dsl.select(DSL.inline(status.name()), WITHIN, PETITION.FIELD_ID, PETITION.VILLAGE_ID,
                        DSL.count())
                .from(PETITION)
                .where(PETITION.STATUS.eq(DSL.inline(status.name())), PETITION.VOIDED.isFalse(),
                        PETITION.RECEIVED_DATE.between(from, to), mine)
                .groupBy(WITHIN, PETITION.FIELD_ID, PETITION.VILLAGE_ID))
                .fetch()
                .forEach(r -> {
                    int count = r.value5();
                    byStatus.merge(new MonthStatus(month, PetitionStatus.valueOf(r.value1()), r.value2() == 1, 0),
                            count, Integer::sum);
                    fields.merge(r.value3(), count, Integer::sum);
                    villages.merge(r.value4(), count, Integer::sum);
                });
        byStatus.forEach((key, count) -> months.add(new MonthStatus(key.month(), key.status(), key.within(), count)));
    }

    /**
     * Petitions received from {@code from} to {@code to} (a month), counted per status from the index of V8, which
     * holds the voided flag: the received-date index does not, and right after opening a million-petition register
     * reading each row to test it took a quarter of a second.
     */
    public int receivedCount(LocalDate from, LocalDate to) {
        Condition mine = own(PETITION.ORIGIN_OFFICE_ID);
        return perStatus(status -> dsl.select(DSL.count())
                .from(PETITION)
                .where(PETITION.STATUS.eq(DSL.inline(status.name())), PETITION.VOIDED.isFalse(),
                        PETITION.RECEIVED_DATE.between(from, to), mine))
                .fetch(r -> r.value1()).stream().mapToInt(Integer::intValue).sum();
    }

    /** From the resolved tally (V13): one row per resolution date, competence and year received. */
    public ResolvedCounts resolvedCounts(LocalDate yearStart, LocalDate monthStart, LocalDate today) {
        Condition within = RESOLVED_TALLY.WITHIN_COMPETENCE.isTrue();
        return dsl.select(total(RESOLVED_TALLY.PETITIONS, RESOLVED_TALLY.RESOLVED_DATE.ge(monthStart)),
                        total(RESOLVED_TALLY.PETITIONS, within),
                        total(RESOLVED_TALLY.PETITIONS, within.and(
                                RESOLVED_TALLY.RECEIVED_YEAR.lt(yearStart.getYear()))))
                .from(RESOLVED_TALLY)
                .where(RESOLVED_TALLY.RESOLVED_DATE.between(yearStart, today), own(RESOLVED_TALLY.ORIGIN_OFFICE_ID))
                .fetchSingle(r -> new ResolvedCounts(r.value1(), r.value2(), r.value3()));
    }

    /** The sum of a tally's counts over the rows that meet {@code condition}; 0 when none does. */
    private static Field<Integer> total(Field<Integer> petitions, Condition condition) {
        return DSL.coalesce(DSL.sum(petitions).filterWhere(condition), java.math.BigDecimal.ZERO)
                .cast(Integer.class);
    }

    /** This office's records only, once the register holds other offices' (see {@link OfficeScope}). */
    private Condition own(Field<UUID> origin) {
        return OfficeScope.ownIfOthersHeld(dsl, origin);
    }

    /** The names of every field, active or not (a petition may keep a field later deactivated). */
    public Map<UUID, String> fieldNames() {
        return dsl.select(PETITION_FIELD.ID, PETITION_FIELD.NAME).from(PETITION_FIELD)
                .fetchMap(PETITION_FIELD.ID, PETITION_FIELD.NAME);
    }

    /** The names of every village or residential group, active, merged or not. */
    public Map<UUID, String> villageNames() {
        return dsl.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE).fetchMap(VILLAGE.ID, VILLAGE.NAME);
    }

    /**
     * One select per status, joined by UNION ALL: with an equality on the status H2 reads only the index range of
     * that status and received period, where {@code status IN (...)} made it read the whole index.
     */
    private static <R extends Record> Select<R> perStatus(Function<PetitionStatus, Select<R>> part) {
        Select<R> union = null;
        for (PetitionStatus status : PetitionStatus.values()) {
            Select<R> next = part.apply(status);
            union = union == null ? next : union.unionAll(next);
        }
        return union;
    }
}
