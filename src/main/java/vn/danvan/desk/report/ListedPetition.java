package vn.danvan.desk.report;

import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * A petition of a monthly list as it is stored now, unmasked, with the dates its state at the end of the month is
 * worked out from (see {@link MonthEndState}). Names of referenced records are resolved.
 */
record ListedPetition(UUID id, String code, LocalDate receivedDate, PetitionKind kind, boolean anonymous,
                      boolean confidential, String petitionerName, String idNumber, String villageName,
                      String address, int peopleCount, PetitionChannel channel, String fieldName, String summary,
                      HandlingDirection direction, String handlingUnitName, PetitionStatus status, LocalDate dueDate,
                      LocalDate acceptedDate, LocalDate suspendedDate, LocalDate resumedDate, LocalDate resolvedDate,
                      LocalDate communicatedDate, String resultText, String statusReason, String transferAgency,
                      String transferDocNo, String note) {

    /** Whether the petitioner's name, ID number and address are hidden in lists (domain.md §4). */
    boolean identityProtected() {
        return confidential || kind.alwaysConfidential();
    }

    StoredDates stored() {
        return new StoredDates(status, acceptedDate, suspendedDate, resumedDate, resolvedDate, communicatedDate,
                dueDate);
    }
}
