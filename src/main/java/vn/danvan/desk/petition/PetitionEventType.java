package vn.danvan.desk.petition;

import java.util.Locale;

/** What a history event records. */
public enum PetitionEventType {
    CREATED,
    STATUS_CHANGED,
    ASSIGNED,
    LINKED,
    DUE_DATE_CHANGED,
    VOIDED,
    IDENTITY_REVEALED,
    /** Created or updated from an imported list (the file and row in the note). */
    IMPORTED;

    public String messageKey() {
        return "petition.event." + name().toLowerCase(Locale.ROOT);
    }
}
