package vn.danvan.desk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * What happened to a listed petition after the end of the month: a status change recorded then (its history event),
 * or an extension granted then. The state at the end of the month is the stored state with these undone.
 */
public sealed interface LaterChange permits LaterChange.StatusChanged, LaterChange.Extended {

    UUID petitionId();

    /** A status change recorded at {@code recordedAt}, from {@code from} to {@code to}. */
    record StatusChanged(UUID petitionId, Instant recordedAt, PetitionStatus from, PetitionStatus to)
            implements LaterChange {
    }

    /** An extension granted on {@code extendedOn}, which replaced the due date {@code previousDue}. */
    record Extended(UUID petitionId, LocalDate extendedOn, LocalDate previousDue) implements LaterChange {
    }
}
