package vn.danvan.desk.dialogue;

import java.util.UUID;

/** The session list's filter; null means any. {@code chair} is matched without accents against chairs' names. */
public record DialogueFilter(Integer year, DialogueKind kind, UUID villageId, String chair) {

    public static DialogueFilter all() {
        return new DialogueFilter(null, null, null, null);
    }

    public static DialogueFilter year(int year) {
        return new DialogueFilter(year, null, null, null);
    }
}
