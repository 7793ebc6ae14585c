package vn.danvan.desk.petition;

import static vn.danvan.desk.common.db.generated.Tables.CITIZEN;
import static vn.danvan.desk.common.db.generated.Tables.HANDLING_UNIT;
import static vn.danvan.desk.common.db.generated.Tables.OFFICER;
import static vn.danvan.desk.common.db.generated.Tables.PETITION;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_EVENT;
import static vn.danvan.desk.common.db.generated.Tables.PETITION_FIELD;
import static vn.danvan.desk.common.db.generated.Tables.VILLAGE;

import java.util.function.Function;
import org.jooq.Record;

/** Maps joined rows to petition records; shared by the petition repositories. */
final class PetitionRecords {

    private PetitionRecords() {
    }

    static Petition toPetition(Record r) {
        Identity identity = r.get(PETITION.ANONYMOUS) ? Identity.anonymous()
                : new Identity(r.get(PETITION.PETITIONER_ID), r.get(CITIZEN.FULL_NAME), r.get(CITIZEN.ID_NUMBER),
                r.get(CITIZEN.PHONE), r.get(PETITION.ADDRESS), false);
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
