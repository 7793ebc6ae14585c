package vn.danvan.desk.report.summary;

import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.Competence;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.report.StoredDates;

/**
 * A petition counted in a period, as stored now (narrow: no names, no texts), and whether it was carried over
 * (received before the period and still open at its start) rather than received in it.
 */
record CountedPetition(UUID id, LocalDate receivedDate, PetitionKind kind, PetitionChannel channel, UUID fieldId,
                       UUID villageId, boolean group, int peopleCount, Competence competence,
                       HandlingDirection direction, StoredDates stored, boolean carriedOver) {

    /** Signed by more than one person: a group (đoàn đông người) or a letter with several signers. */
    boolean multipleSigners() {
        return group || peopleCount > 1;
    }
}
