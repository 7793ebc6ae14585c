package vn.danvan.desk.petition;

import java.time.Instant;
import java.util.UUID;

/** One entry of a petition's history: who, when, from which status to which, and a note. */
public record PetitionEvent(UUID id, Instant occurredAt, String officerName, PetitionEventType type,
                            PetitionStatus fromStatus, PetitionStatus toStatus, String note) {
}
