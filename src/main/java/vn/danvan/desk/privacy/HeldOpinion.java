package vn.danvan.desk.privacy;

import java.time.LocalDate;
import java.util.UUID;

/** An opinion a citizen raised at a dialogue session, with the session it was raised at. */
public record HeldOpinion(UUID id, String sessionCode, LocalDate sessionDate, String sessionKind, String place,
                          String content, String outcome, String answer, UUID petitionId) {
}
