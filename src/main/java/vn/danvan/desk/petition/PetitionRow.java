package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the petition list; the identity is already masked where it must be. */
public record PetitionRow(UUID id, String code, LocalDate receivedDate, PetitionKind kind, PetitionChannel channel,
                          String fieldName, String villageName, Identity identity, int peopleCount, String summary,
                          PetitionStatus status, String handlingUnitName, LocalDate dueDate, LocalDate resolvedDate,
                          boolean confidential, boolean voided, boolean dialogueLinked) {
}
