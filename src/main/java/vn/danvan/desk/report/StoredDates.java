package vn.danvan.desk.report;

import java.time.LocalDate;
import vn.danvan.desk.petition.PetitionStatus;

/**
 * What a petition's state at an earlier date is worked out from (see {@link MonthEndState}): its stored status, the
 * legal dates its status changes carry, and its stored due date.
 */
public record StoredDates(PetitionStatus status, LocalDate acceptedDate, LocalDate suspendedDate,
                          LocalDate resumedDate, LocalDate resolvedDate, LocalDate communicatedDate,
                          LocalDate dueDate) {
}
