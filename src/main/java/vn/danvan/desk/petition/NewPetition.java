package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;

/** A validated, cleaned petition ready to insert, with its code and due date decided. */
record NewPetition(UUID id, String code, PetitionDraft draft, String summary, String address, String note,
                   UUID petitionerId, int submissionCount, boolean confidential, LocalDate dueDate,
                   UUID officeId, UUID createdBy) {
}
