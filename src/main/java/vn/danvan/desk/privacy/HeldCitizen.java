package vn.danvan.desk.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A citizen's record exactly as the office holds it, every personal field included. */
public record HeldCitizen(UUID id, String fullName, String paperType, String idNumber, LocalDate idIssueDate,
                          String idIssuePlace, String phone, String villageName, String address, String ethnicity,
                          String religion, boolean anonymised, Instant createdAt, Instant updatedAt) {
}
