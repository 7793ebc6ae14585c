package vn.danvan.desk.report;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EXTENSION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.OfficeClock;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionEventType;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * The petitions of a monthly list: those received in the month, and those received earlier that were still open at
 * the end of the month (carried over), never voided ones. "Still open at the end of the month" is read from the
 * history, not from today's status, so that a month's list made later has the same rows:
 * <ul>
 *   <li>a petition whose status is open today was open then (a closed petition never reopens);</li>
 *   <li>one resolved (and perhaps communicated since) was open then if its resolution date is after the month;</li>
 *   <li>one closed otherwise (guided, transferred, filed, withdrawn, terminated: no legal date is recorded for
 *       those) was open then if the status change that closed it was recorded after the month, in office time;
 *       one closed without such a history event (imported closed) counts as closed since it was received.</li>
 * </ul>
 */
public final class MonthlyListRepository {

    /** Ids per query when reading what happened to the listed petitions after the month. */
    private static final int CHUNK = 1000;
    private static final List<PetitionStatus> OPEN = List.copyOf(PetitionStatus.openStatuses());
    private static final List<PetitionStatus> CLOSED = Arrays.stream(PetitionStatus.values())
            .filter(s -> !s.open()).toList();

    private final DSLContext dsl;

    public MonthlyListRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * The listed petitions as stored now, oldest received first (then by code). Read in three parts, each with the
     * access path that suits it on a large register: the month's petitions by the received-date index, those still
     * open today by the status index, and those closed after the month by one scan that tests the cheap columns
     * before it looks at the history (see docs/benchmarks.md for the figures).
     */
    List<ListedPetition> listed(YearMonth month, ReportOffice office) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        Condition closedAfterMonth = DSL.exists(DSL.selectOne().from(PETITION_EVENT).where(
                PETITION_EVENT.PETITION_ID.eq(PETITION.ID),
                PETITION_EVENT.EVENT_TYPE.eq(DSL.inline(PetitionEventType.STATUS_CHANGED.name())),
                in(PETITION_EVENT.FROM_STATUS, OPEN), in(PETITION_EVENT.TO_STATUS, CLOSED),
                PETITION_EVENT.OCCURRED_AT.ge(endOfMonth(month))));
        // a wrapped date and NOT IN keep H2 off the indexes: a scan beats a million index look-ups here
        Field<LocalDate> received = DSL.coalesce(PETITION.RECEIVED_DATE, PETITION.RECEIVED_DATE);
        Condition own = ownedBy(office, PETITION.ORIGIN_OFFICE_ID);
        List<ListedPetition> listed = new ArrayList<>(select(PETITION.RECEIVED_DATE.between(start, end).and(own)));
        listed.addAll(select(in(PETITION.STATUS, OPEN).and(PETITION.RECEIVED_DATE.lt(start)).and(own)));
        listed.addAll(select(PETITION.STATUS.notIn(OPEN.stream().map(st -> DSL.inline(st.name())).toList())
                .and(received.lt(start)).and(own)
                .and(PETITION.RESOLVED_DATE.gt(end).or(PETITION.RESOLVED_DATE.isNull().and(closedAfterMonth)))));
        listed.sort(Comparator.comparing(ListedPetition::receivedDate).thenComparing(ListedPetition::code)
                .thenComparing(ListedPetition::id));
        return listed;
    }

    private List<ListedPetition> select(Condition which) {
        return dsl.select(PETITION.ID, PETITION.CODE, PETITION.RECEIVED_DATE, PETITION.KIND, PETITION.ANONYMOUS,
                        PETITION.CONFIDENTIAL, CITIZEN.FULL_NAME, CITIZEN.ID_NUMBER, VILLAGE.NAME, PETITION.ADDRESS,
                        PETITION.PEOPLE_COUNT, PETITION.CHANNEL, PETITION_FIELD.NAME, PETITION.SUMMARY,
                        PETITION.HANDLING_DIRECTION, HANDLING_UNIT.NAME, PETITION.STATUS, PETITION.DUE_DATE,
                        PETITION.ACCEPTED_DATE, PETITION.SUSPENDED_DATE, PETITION.RESUMED_DATE,
                        PETITION.RESOLVED_DATE, PETITION.COMMUNICATED_DATE, PETITION.RESULT_TEXT,
                        PETITION.STATUS_REASON, PETITION.TRANSFER_AGENCY, PETITION.TRANSFER_DOC_NO, PETITION.NOTE)
                .from(PETITION)
                .leftJoin(CITIZEN).on(CITIZEN.ID.eq(PETITION.PETITIONER_ID))
                .leftJoin(PETITION_FIELD).on(PETITION_FIELD.ID.eq(PETITION.FIELD_ID))
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(PETITION.VILLAGE_ID))
                .leftJoin(HANDLING_UNIT).on(HANDLING_UNIT.ID.eq(PETITION.HANDLING_UNIT_ID))
                .where(PETITION.VOIDED.isFalse(), which)
                .fetch(MonthlyListRepository::toListed);
    }

    /**
     * The records of the reported office: its own id, and for this office also records without an origin. Other
     * offices' records (imported from their packages) are never counted in this office's reports.
     */
    public static Condition ownedBy(ReportOffice office, Field<UUID> origin) {
        Condition theirs = origin.eq(DSL.inline(office.profile().id()));
        return office.local() ? theirs.or(origin.isNull()) : theirs;
    }

    /** Status changes recorded, and extensions granted, after the month (see {@link #changesAfter(LocalDate, Collection)}). */
    List<LaterChange> changesAfter(YearMonth month, Collection<UUID> petitionIds) {
        return changesAfter(month.atEndOfMonth(), petitionIds);
    }

    /**
     * Status changes recorded after the day {@code end} (office time), and extensions granted after it, for the given
     * petitions. The ids are written into the SQL as literals, a thousand at a time: H2 uses the history's index for
     * a literal list, and scans the whole history for a list of bind parameters (55 s instead of 1.5 s for 40,000
     * petitions).
     */
    public List<LaterChange> changesAfter(LocalDate end, Collection<UUID> petitionIds) {
        Instant after = startOfDayAfter(end);
        List<UUID> ids = List.copyOf(petitionIds);
        List<LaterChange> changes = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Field<UUID>> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream()
                    .map(id -> (Field<UUID>) DSL.inline(id)).toList();
            dsl.select(PETITION_EVENT.PETITION_ID, PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.FROM_STATUS,
                            PETITION_EVENT.TO_STATUS)
                    .from(PETITION_EVENT)
                    .where(PETITION_EVENT.PETITION_ID.in(chunk), PETITION_EVENT.OCCURRED_AT.ge(after),
                            PETITION_EVENT.EVENT_TYPE.eq(DSL.inline(PetitionEventType.STATUS_CHANGED.name())))
                    .orderBy(PETITION_EVENT.OCCURRED_AT, PETITION_EVENT.SEQ)
                    .forEach(r -> changes.add(statusChanged(r.value1(), r.value2(), r.value3(), r.value4())));
            dsl.select(PETITION_EXTENSION.PETITION_ID, PETITION_EXTENSION.EXTENDED_ON, PETITION_EXTENSION.PREVIOUS_DUE)
                    .from(PETITION_EXTENSION)
                    .where(PETITION_EXTENSION.PETITION_ID.in(chunk), PETITION_EXTENSION.EXTENDED_ON.gt(end))
                    .forEach(r -> changes.add(new LaterChange.Extended(r.value1(), r.value2(), r.value3())));
        }
        return changes;
    }

    /** A status change read from the history. */
    public static LaterChange.StatusChanged statusChanged(UUID petitionId, Instant at, String from, String to) {
        return new LaterChange.StatusChanged(petitionId, at, orNull(from, PetitionStatus::valueOf),
                orNull(to, PetitionStatus::valueOf));
    }

    /** The first instant after the day {@code end}, in office time (UTC+7). */
    public static Instant startOfDayAfter(LocalDate end) {
        return end.plusDays(1).atStartOfDay(OfficeClock.ZONE).toInstant();
    }

    /** The first instant after the month, in office time (UTC+7). */
    static Instant endOfMonth(YearMonth month) {
        return startOfDayAfter(month.atEndOfMonth());
    }

    /** {@code IN} with the statuses as literals: H2 uses no index for a list of bind parameters. */
    private static Condition in(org.jooq.Field<String> field, Collection<PetitionStatus> statuses) {
        return field.in(statuses.stream().map(s -> DSL.inline(s.name())).toList());
    }

    private static ListedPetition toListed(Record r) {
        return new ListedPetition(r.get(PETITION.ID), r.get(PETITION.CODE), r.get(PETITION.RECEIVED_DATE),
                PetitionKind.valueOf(r.get(PETITION.KIND)), r.get(PETITION.ANONYMOUS), r.get(PETITION.CONFIDENTIAL),
                r.get(PETITION.ANONYMOUS) ? null : r.get(CITIZEN.FULL_NAME),
                r.get(PETITION.ANONYMOUS) ? null : r.get(CITIZEN.ID_NUMBER), r.get(VILLAGE.NAME),
                r.get(PETITION.ANONYMOUS) ? null : r.get(PETITION.ADDRESS), r.get(PETITION.PEOPLE_COUNT),
                PetitionChannel.valueOf(r.get(PETITION.CHANNEL)), r.get(PETITION_FIELD.NAME), r.get(PETITION.SUMMARY),
                orNull(r.get(PETITION.HANDLING_DIRECTION), HandlingDirection::valueOf), r.get(HANDLING_UNIT.NAME),
                PetitionStatus.valueOf(r.get(PETITION.STATUS)), r.get(PETITION.DUE_DATE),
                r.get(PETITION.ACCEPTED_DATE), r.get(PETITION.SUSPENDED_DATE), r.get(PETITION.RESUMED_DATE),
                r.get(PETITION.RESOLVED_DATE), r.get(PETITION.COMMUNICATED_DATE), r.get(PETITION.RESULT_TEXT),
                r.get(PETITION.STATUS_REASON), r.get(PETITION.TRANSFER_AGENCY), r.get(PETITION.TRANSFER_DOC_NO),
                r.get(PETITION.NOTE));
    }

    private static <E> E orNull(String value, Function<String, E> parse) {
        return value == null ? null : parse.apply(value);
    }
}
