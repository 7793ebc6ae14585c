package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.UUID;

/** What the intake form knows so far, to look for earlier petitions on the same matter. */
public record DuplicateProbe(UUID citizenId, String idNumber, String name, UUID villageId, UUID fieldId,
                             String summary, LocalDate receivedDate) {
}
