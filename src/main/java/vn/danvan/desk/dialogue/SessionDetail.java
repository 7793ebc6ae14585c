package vn.danvan.desk.dialogue;

import java.util.List;
import java.util.UUID;

/** A saved session: its code, what was typed (ready to edit again) and the petitions its opinions became. */
public record SessionDetail(UUID id, String code, SessionDraft draft, List<LinkedPetition> petitions) {
}
