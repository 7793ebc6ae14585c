package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.PetitionStatus;

/** A petition that an opinion of the session became, with its live state. */
public record LinkedPetition(int opinionNumber, UUID petitionId, String code, PetitionStatus status,
                             LocalDate dueDate, String unitName, boolean overdue) {
}
