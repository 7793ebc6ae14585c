package vn.danvan.desk.privacy;

import java.util.List;
import vn.danvan.desk.attachment.Attachment;
import vn.danvan.desk.petition.Petition;
import vn.danvan.desk.petition.PetitionEvent;

/** One petition of the citizen, unmasked, with its history and the files kept with it. */
public record HeldPetition(Petition petition, List<PetitionEvent> history, List<Attachment> attachments) {
}
