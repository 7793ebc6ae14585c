package vn.danvan.desk.dialogue;

import java.util.UUID;
import vn.danvan.desk.petition.PetitionKind;

/**
 * One opinion raised at a session, as typed in the grid. {@code id} is null for a new opinion. The speaker is
 * optional: a citizen on file ({@code speakerCitizenId}) or just a name. A follow-up opinion becomes a petition of
 * {@code petitionKind} when the session is saved; {@code petitionId} is set once it has. {@code assignment} is the
 * number (from 1) of the conclusion-notice assignment that covers it, or null.
 */
public record OpinionDraft(UUID id, UUID speakerCitizenId, String speakerName, UUID villageId, UUID fieldId,
                           String content, OpinionOutcome outcome, String answeredBy, String answer,
                           PetitionKind petitionKind, UUID petitionId, Integer assignment) {

    /** A new opinion to follow up, of the default kind (kiến nghị). */
    public static OpinionDraft followUp(String speakerName, UUID villageId, UUID fieldId, String content) {
        return new OpinionDraft(null, null, speakerName, villageId, fieldId, content, OpinionOutcome.FOLLOW_UP, null,
                null, PetitionKind.RECOMMENDATION, null, null);
    }

    /** A new opinion answered on the spot. */
    public static OpinionDraft answered(String speakerName, UUID villageId, UUID fieldId, String content,
                                        String answeredBy, String answer) {
        return new OpinionDraft(null, null, speakerName, villageId, fieldId, content, OpinionOutcome.ANSWERED,
                answeredBy, answer, null, null, null);
    }

    public OpinionDraft withAssignment(Integer number) {
        return new OpinionDraft(id, speakerCitizenId, speakerName, villageId, fieldId, content, outcome, answeredBy,
                answer, petitionKind, petitionId, number);
    }
}
