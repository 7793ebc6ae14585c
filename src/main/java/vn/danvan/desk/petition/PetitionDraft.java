package vn.danvan.desk.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the intake form collects. {@code petitioner} is {@code null} for an anonymous petition; a group names
 * 1-5 {@code representatives}. {@code repeatOf} links the new petition as a repeat of an earlier one.
 */
public record PetitionDraft(LocalDate receivedDate, PetitionChannel channel, PetitionKind kind, Integer complaintRound,
                            UUID fieldId, UUID villageId, String address, String summary, int peopleCount,
                            boolean group, boolean anonymous, boolean confidential, PetitionerRef petitioner,
                            List<PetitionerRef> representatives, boolean complex, boolean hotSpot, boolean remote,
                            UUID handlingUnitId, String note, UUID dialogueSessionId, UUID repeatOf) {

    public PetitionDraft {
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }

    /** The same letter with another content: used to split one received letter into several petitions. */
    public PetitionDraft withContent(SplitPart part) {
        Integer round = part.kind() == PetitionKind.COMPLAINT
                ? (part.complaintRound() == null ? Integer.valueOf(1) : part.complaintRound()) : null;
        return new PetitionDraft(receivedDate, channel, part.kind(), round, part.fieldId(), villageId, address,
                part.summary(), peopleCount, group, anonymous, confidential, petitioner, representatives, complex,
                hotSpot, remote, handlingUnitId, note, dialogueSessionId, repeatOf);
    }

    /** The same petition with the given petitioner and representatives (already on file). */
    public PetitionDraft withPeople(PetitionerRef newPetitioner, List<PetitionerRef> newRepresentatives) {
        return new PetitionDraft(receivedDate, channel, kind, complaintRound, fieldId, villageId, address, summary,
                peopleCount, group, anonymous, confidential, newPetitioner, newRepresentatives, complex, hotSpot,
                remote, handlingUnitId, note, dialogueSessionId, repeatOf);
    }
}
