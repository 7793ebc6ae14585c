package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the session list: the session and how its opinions stand — raised, answered on the spot, followed
 * up, and of those followed up how many petitions are resolved so far.
 */
public record SessionSummary(UUID id, String code, DialogueKind kind, LocalDate date, String place, String chairs,
                             int citizensCount, int raised, int answered, int followUp, int resolved) {
}
