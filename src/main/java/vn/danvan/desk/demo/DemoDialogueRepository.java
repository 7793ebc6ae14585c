package vn.danvan.desk.demo;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_CHAIR;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION;
import static vn.danvan.desk.common.db.generated.Tables.DIALOGUE_SESSION_VILLAGE;
import static vn.danvan.desk.common.db.generated.Tables.OPINION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import vn.danvan.desk.common.db.Database;

/** Writes generated demo dialogue sessions in JDBC batches and links the petitions their opinions became. */
final class DemoDialogueRepository {

    private static final int IN_LIST = 1_000;

    private final DSLContext dsl;
    private final UUID officeId;

    DemoDialogueRepository(Database database, UUID officeId) {
        this.dsl = database.dsl();
        this.officeId = officeId;
    }

    /** The names of these citizens, by id. */
    Map<UUID, String> citizenNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<UUID> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            dsl.select(CITIZEN.ID, CITIZEN.FULL_NAME).from(CITIZEN).where(CITIZEN.ID.in(part))
                    .forEach(r -> names.put(r.value1(), r.value2()));
        }
        return names;
    }

    /** Sessions, chairs, villages and opinions; then each follow-up opinion's petition points at its session. */
    void insert(DemoDialogueRecords rows) {
        BatchBindStep sessions = batch(DIALOGUE_SESSION, DIALOGUE_SESSION.ID, DIALOGUE_SESSION.CODE,
                DIALOGUE_SESSION.KIND, DIALOGUE_SESSION.SESSION_DATE, DIALOGUE_SESSION.START_TIME,
                DIALOGUE_SESSION.END_TIME, DIALOGUE_SESSION.PLACE, DIALOGUE_SESSION.PARTICIPATING_BODIES,
                DIALOGUE_SESSION.CITIZENS_COUNT, DIALOGUE_SESSION.OFFICIALS_COUNT, DIALOGUE_SESSION.TOPICS,
                DIALOGUE_SESSION.CONCLUSIONS, DIALOGUE_SESSION.NOTE_TAKER, DIALOGUE_SESSION.ORIGIN_OFFICE_ID,
                DIALOGUE_SESSION.ROW_VERSION, DIALOGUE_SESSION.CREATED_AT, DIALOGUE_SESSION.UPDATED_AT);
        rows.sessions.forEach(s -> sessions.bind(s.id(), s.code(), s.kind().name(), s.date(), s.start(), s.end(),
                s.place(), s.bodies(), s.citizens(), s.officials(), s.topics(), s.conclusions(), s.noteTaker(),
                officeId, 0, s.at(), s.at()));
        execute(sessions, rows.sessions.size());
        BatchBindStep chairs = batch(DIALOGUE_CHAIR, DIALOGUE_CHAIR.ID, DIALOGUE_CHAIR.SESSION_ID,
                DIALOGUE_CHAIR.ORDINAL, DIALOGUE_CHAIR.NAME, DIALOGUE_CHAIR.TITLE);
        rows.chairs.forEach(c -> chairs.bind(c.id(), c.sessionId(), c.ordinal(), c.name(), c.title()));
        execute(chairs, rows.chairs.size());
        BatchBindStep villages = batch(DIALOGUE_SESSION_VILLAGE, DIALOGUE_SESSION_VILLAGE.SESSION_ID,
                DIALOGUE_SESSION_VILLAGE.VILLAGE_ID);
        rows.villages.forEach(v -> villages.bind(v.sessionId(), v.villageId()));
        execute(villages, rows.villages.size());
        BatchBindStep opinions = batch(OPINION, OPINION.ID, OPINION.SESSION_ID, OPINION.ORDINAL,
                OPINION.SPEAKER_CITIZEN_ID, OPINION.SPEAKER_NAME, OPINION.VILLAGE_ID, OPINION.FIELD_ID,
                OPINION.CONTENT, OPINION.OUTCOME, OPINION.ANSWERED_BY, OPINION.ANSWER, OPINION.PETITION_ID,
                OPINION.CREATED_AT, OPINION.UPDATED_AT);
        rows.opinions.forEach(o -> opinions.bind(o.id(), o.sessionId(), o.ordinal(), o.speakerId(), o.speakerName(),
                o.villageId(), o.fieldId(), o.content(), o.outcome().name(), o.answeredBy(), o.answer(),
                o.petitionId(), o.at(), o.at()));
        execute(opinions, rows.opinions.size());
        BatchBindStep links = dsl.batch(dsl.update(PETITION).set(PETITION.DIALOGUE_SESSION_ID, (UUID) null)
                .where(PETITION.ID.eq((UUID) null)));
        int linked = 0;
        for (DemoDialogueRecords.Opinion o : rows.opinions) {
            if (o.petitionId() != null) {
                links.bind(o.sessionId(), o.petitionId());
                linked++;
            }
        }
        execute(links, linked);
    }

    private BatchBindStep batch(Table<?> table, Field<?>... fields) {
        return dsl.batch(dsl.insertInto(table, fields).values(Collections.nCopies(fields.length, null)));
    }

    private static void execute(BatchBindStep batch, int size) {
        if (size > 0) {
            batch.execute();
        }
    }
}
