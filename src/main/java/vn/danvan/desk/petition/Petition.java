package vn.danvan.desk.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One petition with everything the detail view shows; names of referenced records are resolved for display. */
public record Petition(
        UUID id, String code, int rowVersion, LocalDate receivedDate, PetitionChannel channel, PetitionKind kind,
        Integer complaintRound, UUID fieldId, String fieldName, String summary, int peopleCount, boolean group,
        boolean anonymous, boolean confidential, Identity identity, UUID villageId, String villageName,
        int submissionCount, Competence competence, HandlingDirection direction, String transferAgency,
        String transferDocNo, UUID handlingUnitId, String handlingUnitName, PetitionStatus status,
        String statusReason, LocalDate acceptedDate, LocalDate dueDate, LocalDate suspendedDate,
        LocalDate resumedDate, LocalDate resolvedDate, String resultText, String settlementDocNo,
        LocalDate communicatedDate, Satisfaction satisfaction, boolean complex, boolean hotSpot, boolean remote,
        UUID dialogueSessionId, String note, boolean voided, String voidReason, Instant createdAt) {

    /** Whether the petitioner's identity must be hidden unless an admin reveals it on this record. */
    public boolean identityProtected() {
        return confidential || kind.alwaysConfidential();
    }

    public Petition withIdentity(Identity shown) {
        return new Petition(id, code, rowVersion, receivedDate, channel, kind, complaintRound, fieldId, fieldName,
                summary, peopleCount, group, anonymous, confidential, shown, villageId, villageName, submissionCount,
                competence, direction, transferAgency, transferDocNo, handlingUnitId, handlingUnitName, status,
                statusReason, acceptedDate, dueDate, suspendedDate, resumedDate, resolvedDate, resultText,
                settlementDocNo, communicatedDate, satisfaction, complex, hotSpot, remote, dialogueSessionId, note,
                voided, voidReason, createdAt);
    }
}
