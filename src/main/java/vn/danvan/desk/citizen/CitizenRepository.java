package vn.danvan.desk.citizen;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.danvan.desk.common.db.Database;
import vn.danvan.desk.common.text.VietnameseText;

/** Citizens (petitioners and representatives). */
public final class CitizenRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public CitizenRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** Inserts a cleaned, validated draft. */
    public Citizen insert(CitizenDraft draft) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        dsl.insertInto(CITIZEN)
                .set(CITIZEN.ID, id)
                .set(CITIZEN.FULL_NAME, draft.fullName())
                .set(CITIZEN.NAME_SEARCH, VietnameseText.searchKey(draft.fullName()))
                .set(CITIZEN.ID_PAPER_TYPE, draft.idNumber() == null ? null : draft.paperType().name())
                .set(CITIZEN.ID_NUMBER, draft.idNumber())
                .set(CITIZEN.PHONE, draft.phone())
                .set(CITIZEN.VILLAGE_ID, draft.villageId())
                .set(CITIZEN.ADDRESS, draft.address())
                .set(CITIZEN.CREATED_AT, now)
                .set(CITIZEN.UPDATED_AT, now)
                .execute();
        return findById(id).orElseThrow();
    }

    public Optional<Citizen> findById(UUID id) {
        return dsl.select(CITIZEN.asterisk(), VILLAGE.NAME).from(CITIZEN)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(CITIZEN.VILLAGE_ID))
                .where(CITIZEN.ID.eq(id))
                .fetchOptional(CitizenRepository::toCitizen);
    }

    public Optional<Citizen> findByIdNumber(String idNumber) {
        return dsl.select(CITIZEN.asterisk(), VILLAGE.NAME).from(CITIZEN)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(CITIZEN.VILLAGE_ID))
                .where(CITIZEN.ID_NUMBER.eq(idNumber))
                .orderBy(CITIZEN.CREATED_AT)
                .limit(1)
                .fetchOptional(CitizenRepository::toCitizen);
    }

    /**
     * Citizens whose name contains a word starting with the typed text (accents and case aside), or whose ID
     * number starts with the typed digits.
     */
    public List<Citizen> search(String text, int limit) {
        String key = VietnameseText.searchKey(text);
        if (key.isEmpty()) {
            return List.of();
        }
        Condition condition;
        if (key.chars().allMatch(Character::isDigit)) {
            condition = CITIZEN.ID_NUMBER.startsWith(key).or(CITIZEN.PHONE.startsWith(key));
        } else {
            condition = CITIZEN.NAME_SEARCH.startsWith(key).or(CITIZEN.NAME_SEARCH.contains(" " + key));
        }
        return dsl.select(CITIZEN.asterisk(), VILLAGE.NAME).from(CITIZEN)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(CITIZEN.VILLAGE_ID))
                .where(condition.and(CITIZEN.ANONYMISED.isFalse()))
                .orderBy(CITIZEN.NAME_SEARCH)
                .limit(limit)
                .fetch(CitizenRepository::toCitizen);
    }

    private static Citizen toCitizen(Record row) {
        String paper = row.get(CITIZEN.ID_PAPER_TYPE);
        return new Citizen(row.get(CITIZEN.ID), row.get(CITIZEN.FULL_NAME),
                paper == null ? null : IdPaperType.valueOf(paper), row.get(CITIZEN.ID_NUMBER),
                row.get(CITIZEN.PHONE), row.get(CITIZEN.VILLAGE_ID), row.get(VILLAGE.NAME), row.get(CITIZEN.ADDRESS));
    }
}
