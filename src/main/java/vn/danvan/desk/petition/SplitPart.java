package vn.danvan.desk.petition;

import java.util.UUID;

/** One distinct content of a received letter that is split into several petitions. */
public record SplitPart(PetitionKind kind, Integer complaintRound, UUID fieldId, String summary) {
}
