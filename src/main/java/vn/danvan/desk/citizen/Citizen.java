package vn.danvan.desk.citizen;

import java.util.UUID;

/** A person who petitions the office (domain.md 2.1). {@code villageName} is for display. */
public record Citizen(UUID id, String fullName, IdPaperType paperType, String idNumber, String phone,
                      UUID villageId, String villageName, String address) {
}
