package vn.danvan.desk.report;

import java.time.LocalDate;
import java.util.UUID;
import vn.danvan.desk.petition.HandlingDirection;
import vn.danvan.desk.petition.PetitionChannel;
import vn.danvan.desk.petition.PetitionKind;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * One line of the monthly list, as the petition stood at the end of the month. When {@code masked}, the
 * petitioner's name, ID number and address are not held at all (null) and every format prints the mask instead.
 * {@code result} is the result text, or the reason recorded with a closing decision; {@code transferAgency} and
 * {@code transferDocNo} are set for a transferred petition.
 */
public record MonthlyListRow(UUID id, String code, LocalDate receivedDate, String petitioner, String idNumber,
                             String village, String address, int peopleCount, PetitionChannel channel,
                             PetitionKind kind, String field, String summary, HandlingDirection direction,
                             String handlingUnit, LocalDate dueDate, PetitionStatus status, LocalDate resolvedDate,
                             String result, String transferAgency, String transferDocNo, String note,
                             boolean carriedOver, boolean anonymous, boolean identityProtected, boolean masked) {
}
