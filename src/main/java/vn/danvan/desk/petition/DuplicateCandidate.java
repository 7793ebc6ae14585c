package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;

/** An earlier petition that may be on the same matter, and why it was suggested. */
public record DuplicateCandidate(UUID id, String code, LocalDate receivedDate, PetitionStatus status,
                                 String fieldName, String summary, int submissionCount, boolean sameField,
                                 double summarySimilarity) {
}
