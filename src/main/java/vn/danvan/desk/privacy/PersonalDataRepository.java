package vn.danvan.desk.privacy;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_REPRESENTATIVE;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * What the office holds about one citizen, read for an export and overwritten for an anonymisation: the citizen
 * row, the petitions they sent or represent, their opinions at dialogues, and the copies of their identity on
 * those records. Writes join the caller's transaction.
 */
public final class PersonalDataRepository {

    private final DSLContext dsl;
    private final int pageRows;

    public PersonalDataRepository(Database database) {
        this(database, PAGE);
    }

    /** {@code pageRows}: rows per read of the retention pass (a test crosses pages with a few). */
    PersonalDataRepository(Database database, int pageRows) {
        this.dsl = database.dsl();
        this.pageRows = pageRows;
    }

    /** Every citizen with this ID number (an import may have made twins of one person), oldest first. */
    public List<HeldCitizen> byIdNumber(String idNumber) {
        return citizens(CITIZEN.ID_NUMBER.eq(idNumber));
    }

    public Optional<HeldCitizen> byId(UUID id) {
        return citizens(CITIZEN.ID.eq(id)).stream().findFirst();
    }

    private List<HeldCitizen> citizens(Condition which) {
        return dsl.select(CITIZEN.asterisk(), VILLAGE.NAME).from(CITIZEN)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(CITIZEN.VILLAGE_ID))
                .where(which)
                .orderBy(CITIZEN.CREATED_AT, CITIZEN.ID)
                .fetch(PersonalDataRepository::toCitizen);
    }

    private static HeldCitizen toCitizen(Record r) {
        return new HeldCitizen(r.get(CITIZEN.ID), r.get(CITIZEN.FULL_NAME), r.get(CITIZEN.ID_PAPER_TYPE),
                r.get(CITIZEN.ID_NUMBER), r.get(CITIZEN.ID_ISSUE_DATE), r.get(CITIZEN.ID_ISSUE_PLACE),
                r.get(CITIZEN.PHONE), r.get(VILLAGE.NAME), r.get(CITIZEN.ADDRESS), r.get(CITIZEN.ETHNICITY),
                r.get(CITIZEN.RELIGION), r.get(CITIZEN.ANONYMISED), r.get(CITIZEN.CREATED_AT),
                r.get(CITIZEN.UPDATED_AT));
    }

    /** The petitions a citizen sent or is a named representative of, oldest first. */
    public List<UUID> petitionIds(UUID citizenId) {
        return dsl.select(PETITION.ID).from(PETITION)
                .where(PETITION.PETITIONER_ID.eq(citizenId).or(PETITION.ID.in(
                        dsl.select(PETITION_REPRESENTATIVE.PETITION_ID).from(PETITION_REPRESENTATIVE)
                                .where(PETITION_REPRESENTATIVE.CITIZEN_ID.eq(citizenId)))))
                .orderBy(PETITION.RECEIVED_DATE, PETITION.CODE)
                .fetch(PETITION.ID);
    }

    public List<HeldOpinion> opinions(UUID citizenId) {
        return dsl.select(OPINION.ID, DIALOGUE_SESSION.CODE, DIALOGUE_SESSION.SESSION_DATE, DIALOGUE_SESSION.KIND,
                        DIALOGUE_SESSION.PLACE, OPINION.CONTENT, OPINION.OUTCOME, OPINION.ANSWER, OPINION.PETITION_ID)
                .from(OPINION).join(DIALOGUE_SESSION).on(DIALOGUE_SESSION.ID.eq(OPINION.SESSION_ID))
                .where(OPINION.SPEAKER_CITIZEN_ID.eq(citizenId))
                .orderBy(DIALOGUE_SESSION.SESSION_DATE, OPINION.ORDINAL)
                .fetch(r -> new HeldOpinion(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    // ---------------------------------------------------------------- anonymising

    /** Overwrites every personal field of the citizen row; the village stays (statistics count by it). */
    public void anonymiseCitizen(UUID citizenId, String placeholder, Instant now) {
        dsl.update(CITIZEN)
                .set(CITIZEN.FULL_NAME, placeholder)
                .set(CITIZEN.NAME_SEARCH, "")
                .set(CITIZEN.ID_PAPER_TYPE, (String) null)
                .set(CITIZEN.ID_NUMBER, (String) null)
                .set(CITIZEN.ID_ISSUE_DATE, (LocalDate) null)
                .set(CITIZEN.ID_ISSUE_PLACE, (String) null)
                .set(CITIZEN.PHONE, (String) null)
                .set(CITIZEN.ADDRESS, (String) null)
                .set(CITIZEN.ETHNICITY, (String) null)
                .set(CITIZEN.RELIGION, (String) null)
                .set(CITIZEN.ANONYMISED, true)
                .set(CITIZEN.UPDATED_AT, now)
                .where(CITIZEN.ID.eq(citizenId))
                .execute();
    }

    /** The address copied onto the petitions the citizen sent; the speaker name copied onto their opinions. */
    public void clearCopies(UUID citizenId, String placeholder) {
        dsl.update(PETITION).set(PETITION.ADDRESS, (String) null)
                .where(PETITION.PETITIONER_ID.eq(citizenId)).execute();
        dsl.update(OPINION).set(OPINION.SPEAKER_NAME, placeholder)
                .where(OPINION.SPEAKER_CITIZEN_ID.eq(citizenId), OPINION.SPEAKER_NAME.isNotNull()).execute();
    }

    /**
     * Applies {@code rewrite} to the free text of the petitions, their history and the citizen's opinions (where an
     * officer may have typed the name, ID number or phone); only changed values are written.
     */
    public void rewriteTexts(List<UUID> petitionIds, UUID citizenId, UnaryOperator<String> rewrite) {
        if (!petitionIds.isEmpty()) {
            rewrite(PETITION, PETITION.ID, PETITION.ID.in(petitionIds), rewrite, PETITION.SUMMARY,
                    PETITION.RESULT_TEXT, PETITION.NOTE, PETITION.STATUS_REASON, PETITION.VOID_REASON);
            rewrite(PETITION_EVENT, PETITION_EVENT.ID, PETITION_EVENT.PETITION_ID.in(petitionIds), rewrite,
                    PETITION_EVENT.NOTE, PETITION_EVENT.DETAILS);
        }
        rewrite(OPINION, OPINION.ID, OPINION.SPEAKER_CITIZEN_ID.eq(citizenId), rewrite, OPINION.CONTENT,
                OPINION.ANSWER);
    }

    @SafeVarargs
    private <R extends Record> void rewrite(Table<R> table, TableField<R, UUID> id, Condition which,
                                            UnaryOperator<String> rewrite, TableField<R, String>... texts) {
        List<Field<?>> fields = new java.util.ArrayList<>(List.of(texts));
        fields.add(0, id);
        for (Record row : dsl.select(fields).from(table).where(which).fetch()) {
            java.util.Map<Field<?>, Object> changed = new java.util.LinkedHashMap<>();
            for (TableField<R, String> text : texts) {
                String old = row.get(text);
                String now = old == null ? null : rewrite.apply(old);
                if (now != null && !now.equals(old)) {
                    changed.put(text, now);
                }
            }
            if (!changed.isEmpty()) {
                dsl.update(table).set(changed).where(id.eq(row.get(id))).execute();
            }
        }
    }

    // ---------------------------------------------------------------- retention

    /**
     * Citizens not yet anonymised with at least one petition, all of whose petitions are closed (or voided) and have
     * seen nothing since {@code cutOff}: no status change or other history event, no resolution or communication
     * date, no edit, not received since. A citizen who spoke at a dialogue on or after {@code cutOff} is kept as
     * well. Each table is read once and the sets are compared here: H2 ran the same rule as one statement with
     * NOT IN / NOT EXISTS subqueries per citizen for minutes at 50,000 petitions; this way it took 5-7 s there on
     * the loaded test machine (one pass over the petition rows), which is why the window runs it once a day.
     */
    public List<UUID> retentionCandidates(Instant cutOff, LocalDate cutOffDate) {
        List<String> open = PetitionStatus.openStatuses().stream().map(Enum::name).toList();
        Condition recent = PETITION.VOIDED.isFalse().and(PETITION.STATUS.in(open))
                .or(PETITION.UPDATED_AT.ge(cutOff))
                .or(PETITION.RECEIVED_DATE.ge(cutOffDate))
                .or(PETITION.RESOLVED_DATE.ge(cutOffDate))
                .or(PETITION.COMMUNICATED_DATE.ge(cutOffDate));
        // the petitions with history since the cut-off first (narrow event rows), so the one pass over the
        // petitions needs no join
        Set<UUID> recentPetitions = new HashSet<>(dsl.selectDistinct(PETITION_EVENT.PETITION_ID)
                .from(PETITION_EVENT).where(PETITION_EVENT.OCCURRED_AT.ge(cutOff)).fetch(PETITION_EVENT.PETITION_ID));
        Set<UUID> kept = new HashSet<>();
        Set<UUID> involved = new HashSet<>();
        // every petition and every citizen is read a page at a time, in the key's order: H2 gathers a result whole
        Field<Boolean> isRecent = DSL.field(recent);
        for (var page = petitionPage(null, isRecent); ; page = petitionPage(page.get(page.size() - 1).value1(),
                isRecent)) {
            for (var r : page) {
                if (r.value2() != null) {
                    involved.add(r.value2());
                }
                if (Boolean.TRUE.equals(r.value3()) || recentPetitions.contains(r.value1())) {
                    recentPetitions.add(r.value1());
                    addIfPresent(kept, r.value2());
                }
            }
            if (page.size() < pageRows) {
                break;
            }
        }
        dsl.select(PETITION_REPRESENTATIVE.PETITION_ID, PETITION_REPRESENTATIVE.CITIZEN_ID)
                .from(PETITION_REPRESENTATIVE)
                .forEach(r -> {
                    involved.add(r.value2());
                    if (recentPetitions.contains(r.value1())) {
                        kept.add(r.value2());
                    }
                });
        kept.addAll(dsl.selectDistinct(OPINION.SPEAKER_CITIZEN_ID).from(OPINION).join(DIALOGUE_SESSION)
                .on(DIALOGUE_SESSION.ID.eq(OPINION.SESSION_ID))
                .where(OPINION.SPEAKER_CITIZEN_ID.isNotNull(), DIALOGUE_SESSION.SESSION_DATE.ge(cutOffDate))
                .fetch(OPINION.SPEAKER_CITIZEN_ID));
        List<UUID> candidates = new ArrayList<>();
        for (var page = citizenPage(null); ; page = citizenPage(page.get(page.size() - 1))) {
            for (UUID id : page) {
                if (involved.contains(id) && !kept.contains(id)) {
                    candidates.add(id);
                }
            }
            if (page.size() < pageRows) {
                break;
            }
        }
        candidates.sort(null);
        return candidates;
    }

    /** Rows per page of the retention pass's reads of every petition and every citizen. */
    private static final int PAGE = 5000;

    private org.jooq.Result<org.jooq.Record3<UUID, UUID, Boolean>> petitionPage(UUID after, Field<Boolean> recent) {
        return dsl.select(PETITION.ID, PETITION.PETITIONER_ID, recent).from(PETITION)
                .where(after == null ? DSL.noCondition() : PETITION.ID.gt(after))
                .orderBy(PETITION.ID).limit(pageRows).fetch();
    }

    private List<UUID> citizenPage(UUID after) {
        return dsl.select(CITIZEN.ID).from(CITIZEN)
                .where(CITIZEN.ANONYMISED.isFalse(), after == null ? DSL.noCondition() : CITIZEN.ID.gt(after))
                .orderBy(CITIZEN.ID).limit(pageRows).fetch(CITIZEN.ID);
    }

    private static void addIfPresent(Set<UUID> set, UUID id) {
        if (id != null) {
            set.add(id);
        }
    }
}
